-- expect: require.invalid-name
-- attack: empty segments ("a..b", a leading dot) that map to odd paths
return require("require_module..inner")
