-- expect: error limit.instructions
-- table.insert shifts #t elements in C, and __len can claim any length: the shift is
-- charged first (before, this call never returned)
local t = setmetatable({}, { __len = function() return math.maxinteger - 1 end })
table.insert(t, 1, "x")
