-- expect: profile.type
-- attack: a function deep inside the returned table (a host function as a value)
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = { "read", print } } }
