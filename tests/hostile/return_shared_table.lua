-- expect: ok
-- attack: the same table referenced twice is not a cycle and must be encoded twice, identically
local model = { provider = "p", id = "m", context_window = 100000 }
local tools = { "read", "write" }
return { slug = "shared", model = model, worker = { tools = tools }, web = { enabled = false, allowed_domains = {} } }
