-- expect: profile.type
-- attack: a UTF-16 surrogate encoded as UTF-8 (CESU-8), which is not valid UTF-8
return { slug = "x", description = "\xed\xa0\x80", model = { provider = "p", id = "m", context_window = 100000 } }
