-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: table.insert at the front of a table whose __len claims math.maxinteger elements: the shift loop runs in C
local t = setmetatable({}, { __len = function() return math.maxinteger - 1 end })
table.insert(t, 1, "x")
return {}
