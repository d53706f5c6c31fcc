-- expect: profile.syntax
-- attack: a syntax error inside a required module, reported in that module
return require("errors_module.broken")
