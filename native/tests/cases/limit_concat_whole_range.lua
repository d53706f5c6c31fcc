-- expect: error limit.instructions
-- table.concat from math.mininteger to math.maxinteger: 2^64 items, one more than the
-- count can hold. The charge must not wrap to a small number (it saturates), and the
-- limit stays tripped through pcall.
local t = setmetatable({}, { __index = rawlen })
local ok = pcall(table.concat, t, "", math.mininteger, math.maxinteger)
return ok
