return { which = "init" }
