-- expect: profile.value
-- attack: a list of 100,000 identical items (each duplicate a problem)
local tools = {}
for i = 1, 100000 do tools[i] = "read" end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { tools = tools } }
