-- expect: limit.memory
-- limits: memory=8388608
-- attack: a hash table grown by distinct string keys (rehashing doubles the node array)
local t = {}
local i = 0
while true do i = i + 1; t["key" .. i] = i end
