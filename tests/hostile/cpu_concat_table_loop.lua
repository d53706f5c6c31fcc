-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: table.concat of a million items in a loop: each call is a million turns in C
local t = {}
for i = 1, 1000000 do t[i] = "ab" end
while true do local s = table.concat(t) end
