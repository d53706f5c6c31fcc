-- expect: profile.type
-- attack: a returned string that is not UTF-8
return { slug = "x\xff\xfe", model = { provider = "p", id = "m", context_window = 100000 } }
