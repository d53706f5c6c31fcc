-- expect: require.ambiguous
-- attack: both x.lua and x/init.lua exist, so which one loads would be a guess
return require("require_ambiguous.both")
