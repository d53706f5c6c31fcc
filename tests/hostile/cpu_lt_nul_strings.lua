-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: `<` on two 16 MiB strings of NUL bytes in a loop: Lua compares them with one strcoll per NUL-separated segment, about 0.2 s per comparison in one instruction, so 1,000 instructions between readings of the clock took minutes
local a = ("\0"):rep(1 << 24)
local b = ("\0"):rep(1 << 24)
local n = 0
while true do
  if a < b then n = n + 1 end
end
