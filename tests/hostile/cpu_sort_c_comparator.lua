-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: table.sort in a loop with a C function (rawequal) as the comparator: no comparison runs a Lua instruction the hook could count
local t = {}
for i = 1, 200000 do t[i] = i end
while true do table.sort(t, rawequal) end
