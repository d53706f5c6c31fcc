-- expect: profile.type
-- attack: a float table key
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, env = { [1.5] = "half" } }
