return require("require_cycle.a")
