-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __tostring, reached from tostring() in C
local t = setmetatable({}, { __tostring = function() while true do end end })
return { slug = tostring(t) }
