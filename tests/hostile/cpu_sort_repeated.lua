-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: table.sort of a large array called again and again: each call is one instruction for the hook, its n log n comparisons run in C
local t = {}
for i = 1, 200000 do t[i] = i end
while true do table.sort(t) end
