-- expect: profile.type
-- attack: a table that contains itself
local t = { slug = "x", model = { provider = "p", id = "m", context_window = 100000 } }
t.worker = { nested = t }
return t
