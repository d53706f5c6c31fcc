-- expect: profile.unknown-field
-- attack: the empty string as a field name
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, [""] = 1 }
