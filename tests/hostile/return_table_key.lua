-- expect: profile.type
-- attack: a table used as a table key
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, env = { [{}] = "table" } }
