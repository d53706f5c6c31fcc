-- expect: error lua.runtime
return require("modules.broken")
