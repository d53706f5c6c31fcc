-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside a table.sort comparator (called from C)
local t = { 3, 1, 2 }
table.sort(t, function() while true do end end)
return {}
