-- expect: error limit.instructions
-- table.remove shifts #t elements in C, and __len can claim any length: the shift is
-- charged first (before, this call never returned)
local t = setmetatable({}, { __len = function() return math.maxinteger end })
table.remove(t, 1)
