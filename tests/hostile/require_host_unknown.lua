-- expect: require.not-found
-- attack: a host module name that does not exist (insomnia.os)
return require("insomnia.os")
