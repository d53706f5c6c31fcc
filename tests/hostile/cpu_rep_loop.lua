-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: string.rep of 2 MB in a loop: each call is C work the budget does not count; the deadline is checked when the result is allocated (before, only every 1,000 instructions: 5.4 s against 2 s)
while true do local s = ("x"):rep(2 << 20) end
