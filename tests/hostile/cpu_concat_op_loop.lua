-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: `..` of two 8 MiB strings in a loop: each concatenation copies 16 MiB in one instruction
local half = ("x"):rep(8 << 20)
while true do local s = half .. half end
