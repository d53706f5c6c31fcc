return { which = "file" }
