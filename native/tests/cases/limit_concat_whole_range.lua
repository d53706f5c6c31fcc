-- expect: error limit.instructions
-- args: --instructions 100000
-- table.concat from math.mininteger to math.maxinteger: 2^64 items, one more than the
-- count can hold; each is charged as it is joined, and the limit stays tripped through
-- pcall.
local t = setmetatable({}, { __index = rawlen })
local ok = pcall(table.concat, t, "", math.mininteger, math.maxinteger)
return ok
