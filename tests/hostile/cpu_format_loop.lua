-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: string.format of two 2 MiB arguments in a loop: each call copies 4 MiB in C
local half = ("x"):rep(2 << 20)
while true do local s = string.format("%s%s", half, half) end
