-- expect: require.invalid-name
-- attack: a module name that is a relative path out of the directory
return require("../../../etc/passwd")
