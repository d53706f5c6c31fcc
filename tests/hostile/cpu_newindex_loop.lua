-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __newindex, triggered by a field write
local t = setmetatable({}, { __newindex = function() while true do end end })
t.slug = "x"
return t
