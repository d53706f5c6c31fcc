-- expect: limit.memory
-- limits: memory=8388608
-- attack: a string that doubles until the heap is exhausted
local s = "x"
while true do s = s .. s end
