-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: string.packsize of a 16 MiB format in a loop: each call walks the format in C and allocates nothing (20 s against a 2 s limit before the hook step shrank with the large blocks live)
local format = ("b"):rep(1 << 24)
while true do local n = string.packsize(format) end
