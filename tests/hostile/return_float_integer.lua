-- expect: profile.type
-- attack: a whole float (2^63) where an integer is expected: it has no exact integer form
return { slug = "x", model = { provider = "p", id = "m", context_window = 2 ^ 63 } }
