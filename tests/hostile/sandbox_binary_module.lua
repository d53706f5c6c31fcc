-- expect: profile.syntax
-- attack: a module file holding a precompiled binary chunk ("\27Lua..."): must be refused as syntax, never loaded
return require("sandbox_binary_module.chunk")
