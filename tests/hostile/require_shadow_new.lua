-- expect: require.not-found
-- attack: a local insomnia/evil.lua: the reserved namespace is never looked up locally
return require("insomnia.evil")
