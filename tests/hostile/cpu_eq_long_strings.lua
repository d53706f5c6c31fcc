-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: `==` on two equal 16 MiB strings that are distinct objects, in a loop: each comparison is a memcmp of the whole string in one instruction
local a = ("x"):rep(1 << 24)
local b = ("x"):rep(1 << 24)
local n = 0
while true do
  if a == b then n = n + 1 end
end
