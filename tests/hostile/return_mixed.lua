-- expect: profile.type
-- attack: a table mixing array items and named fields
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = { "read", extra = "write" } } }
