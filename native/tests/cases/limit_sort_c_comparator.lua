-- expect: error limit.instructions
-- args: --instructions 2000000
-- a C function as the comparator runs no instruction the hook could count: each call is
-- charged (before, this loop ran 24 s through a 2 s time limit)
local t = {}
for i = 1, 200000 do t[i] = i end
while true do table.sort(t, rawequal) end
