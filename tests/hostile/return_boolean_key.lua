-- expect: profile.type
-- attack: a boolean table key
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, env = { [true] = "yes" } }
