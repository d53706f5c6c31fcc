local m = require("m")
return {slug = "seed", model = {name = "x", ratio = 0.8}, tools = {"a", "b", m.f(3)}, on = true}
