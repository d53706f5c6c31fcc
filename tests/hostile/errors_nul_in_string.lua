-- expect: profile.value
-- attack: a NUL byte inside a returned string (it must survive as \u0000 and be judged, not cut)
return { slug = "ok\0../../etc", model = { provider = "p", id = "m", context_window = 100000 } }
