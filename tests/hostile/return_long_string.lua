-- expect: profile.value
-- attack: a 4 MB description
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, description = ("d"):rep(4 << 20) }
