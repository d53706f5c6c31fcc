-- expect: error require.cycle
return require("modules.cycle_a")
