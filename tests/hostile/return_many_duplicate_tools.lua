-- expect: profile.value
-- attack: a list of 200,000 identical items (each duplicate a problem)
local tools = {}
for i = 1, 200000 do tools[i] = "read" end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = tools } }
