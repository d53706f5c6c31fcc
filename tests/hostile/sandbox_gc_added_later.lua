-- expect: ok
-- attack: add __gc to a metatable after setmetatable; Lua never marks the object, so the looping finalizer must never run (a hang here fails the case)
local mt = {}
for i = 1, 1000 do
  setmetatable({}, mt)
end
mt.__gc = function() while true do end end
local garbage = {}
for i = 1, 20000 do garbage[i % 10] = { i } end
return { slug = "gc-added-later", model = { provider = "p", id = "m", context_window = 100000 } }
