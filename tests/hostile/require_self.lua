-- expect: require.cycle
-- attack: the main file requiring itself by its own module name
return require("require_self")
