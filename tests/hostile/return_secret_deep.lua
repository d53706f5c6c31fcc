-- expect: profile.secret
-- attack: a raw credential hidden deep inside an unknown field
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, extra = { a = { b = { c = { d = { "x", "y", { api_key = "hunter2" } } } } } } }
