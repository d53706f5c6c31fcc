-- expect: require.cycle
-- attack: two modules requiring each other
return require("require_cycle.a")
