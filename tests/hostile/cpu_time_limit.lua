-- expect: limit.time
-- limits: instructions=1000000000000 time=200
-- attack: an endless loop with an instruction budget it cannot reach: the wall clock stops it
local n = 0
while true do n = n + 1 end
