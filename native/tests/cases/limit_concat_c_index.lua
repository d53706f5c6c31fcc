-- expect: error limit.instructions
-- args: --instructions 100000
-- table.concat over 2^40 items made up by a C __index (rawlen): the whole loop ran in C,
-- where the hook never fires, until the memory cap stopped it (6.7 s with the default
-- limits; found by fuzz_eval from the hostile corpus). Each item is now charged.
local t = setmetatable({}, { __index = rawlen })
return table.concat(t, "", 1, 1 << 40)
