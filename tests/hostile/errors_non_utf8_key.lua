-- expect: profile.type
-- attack: a returned table key that is not UTF-8
return { slug = "x", ["\xc0\xaf"] = 1, model = { provider = "p", id = "m", context_window = 100000 } }
