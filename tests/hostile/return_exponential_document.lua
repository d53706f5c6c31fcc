-- expect: limit.memory
-- attack: a table that references its child twice at each of 40 levels: 2^40 leaves in JSON from 40 small tables
local t = { "leaf" }
for i = 1, 40 do t = { t, t } end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = t } }
