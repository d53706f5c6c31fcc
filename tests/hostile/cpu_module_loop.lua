-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: an endless loop in a required module's top level
return require("cpu_module_loop.spin")
