-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside a string.gsub replacement function (called from C)
local s = ("abc"):gsub(".", function() while true do end end)
return { slug = s }
