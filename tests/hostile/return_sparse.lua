-- expect: profile.type
-- attack: an array with holes
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = { "read", nil, "write" } } }
