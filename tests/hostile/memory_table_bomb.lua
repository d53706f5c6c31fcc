-- expect: limit.memory
-- limits: memory=8388608
-- attack: an ever-growing array of fresh tables
local t = {}
while true do t[#t + 1] = { 1, 2, 3 } end
