-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside an __index metamethod, triggered by a field read
local t = setmetatable({}, { __index = function() while true do end end })
return { slug = t.slug }
