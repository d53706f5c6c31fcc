-- expect: profile.runtime-error
-- attack: unbounded recursion through __index chains (C stack: metamethod calls nest in C)
local t
t = setmetatable({}, { __index = function(_, k) return t[k .. ""] end })
return { slug = t.x }
