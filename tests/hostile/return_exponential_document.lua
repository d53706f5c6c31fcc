-- expect: limit.memory
-- limits: time=30000
-- attack: a table that references its child twice at each of 40 levels: 2^40 leaves in JSON from 40 small tables (the time limit is raised: encoding checks the deadline, and under sanitizers 16 MB of JSON takes longer than 2 s; the size limit must be what stops it)
local t = { "leaf" }
for i = 1, 40 do t = { t, t } end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = t } }
