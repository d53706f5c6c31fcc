-- expect: profile.runtime-error
-- attack: unbounded recursion through tostring -> __tostring -> tostring (C frames each time)
local t
t = setmetatable({}, { __tostring = function() return tostring(t) end })
return { slug = tostring(t) }
