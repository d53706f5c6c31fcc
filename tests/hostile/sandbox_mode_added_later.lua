-- expect: ok
-- attack: add __mode to a metatable after setmetatable (setmetatable only refuses it when present): a weak table whose contents depend on the collector; the runner checks two evaluations still agree
local mt = {}
local cache = setmetatable({}, mt)
mt.__mode = "k"
for i = 1, 200 do cache[{}] = i end
local garbage = {}
for i = 1, 100000 do garbage[i % 64] = { i } end
local left = 0
for _ in pairs(cache) do left = left + 1 end
return { slug = "weak", description = "entries left: " .. left, model = { provider = "p", id = "m", context_window = 100000 } }
