-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __concat
local t = setmetatable({}, { __concat = function() while true do end end })
return { slug = "x" .. t }
