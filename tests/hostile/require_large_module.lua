-- expect: limit.instructions
-- limits: instructions=50000
-- attack: a module whose reading and compiling (outside the VM) costs more than the whole instruction budget
return require("require_large_module.big")
