-- expect: profile.type
-- attack: integer keys 0 and -1 (not a 1..n sequence)
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, instructions = { [0] = "a", [-1] = "b" } }
