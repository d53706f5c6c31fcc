-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __call
local t = setmetatable({}, { __call = function() while true do end end })
return t()
