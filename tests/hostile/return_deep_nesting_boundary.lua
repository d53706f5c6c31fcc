-- expect: profile.unknown-field
-- attack: nesting exactly at the limit (100 tables deep): the encoder and the JSON reader must agree, so the value reaches validation instead of failing as malformed JSON
local t = {}
local inner = t
for i = 1, 98 do inner.next = {}; inner = inner.next end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, extra = t }
