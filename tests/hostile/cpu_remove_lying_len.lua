-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: table.remove at the front of a table whose __len claims math.maxinteger elements: the shift loop runs in C
local t = setmetatable({}, { __len = function() return math.maxinteger end })
table.remove(t, 1)
return {}
