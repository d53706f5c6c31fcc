-- expect: require.invalid-name
-- attack: '/' inside a module name
return require("require_module/inner")
