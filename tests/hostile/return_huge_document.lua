-- expect: limit.memory
-- attack: a ~50 MB JSON document from 50 references to one 1 MB string (the Lua heap stays small)
local big = ("x"):rep(1 << 20)
local list = {}
for i = 1, 50 do list[i] = big end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = list } }
