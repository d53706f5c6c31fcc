return require("require_cycle.b")
