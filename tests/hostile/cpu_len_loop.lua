-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __len
local t = setmetatable({}, { __len = function() while true do end end })
return { n = #t }
