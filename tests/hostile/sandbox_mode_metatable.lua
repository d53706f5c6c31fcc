-- expect: sandbox.denied
-- attack: a weak table (results would depend on when the collector runs)
local cache = setmetatable({}, { __mode = "k" })
return {}
