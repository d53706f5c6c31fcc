-- expect: error lua.result
local t = {}
t.self = t
return t
