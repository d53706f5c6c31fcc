-- expect: require.invalid-name
-- attack: a Windows separator inside a module name
return require("require_module\\inner")
