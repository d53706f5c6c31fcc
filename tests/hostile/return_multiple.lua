-- expect: profile.return
-- attack: return a string first and the profile second (only the first value counts)
return "x", { slug = "x", model = { provider = "p", id = "m", context_window = 100000 } }
