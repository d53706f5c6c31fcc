-- expect: profile.runtime-error
-- attack: a table error object raised in a module's top level
return require("errors_module.raises")
