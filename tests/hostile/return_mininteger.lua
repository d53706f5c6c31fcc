-- expect: profile.value
-- attack: math.mininteger as a context window
return { slug = "x", model = { provider = "p", id = "m", context_window = math.mininteger } }
