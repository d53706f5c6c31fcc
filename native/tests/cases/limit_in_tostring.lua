-- expect: error limit.instructions
-- args: --instructions 100000
local t = setmetatable({}, { __tostring = function() while true do end end })
return tostring(t)
