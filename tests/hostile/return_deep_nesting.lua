-- expect: profile.type
-- attack: tables nested 200 levels deep
local t = {}
local inner = t
for i = 1, 200 do inner.next = {}; inner = inner.next end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = t }
