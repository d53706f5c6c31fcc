-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: tonumber of a 16 MiB string of digits with a base, in a loop: each call scans the string in C and allocates nothing
local digits = ("1"):rep(1 << 24)
while true do local n = tonumber(digits, 10) end
