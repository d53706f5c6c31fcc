-- expect: error require.not-found
return require("modules.nope")
