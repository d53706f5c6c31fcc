-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: string.rep of 2 MB in a loop: each call is C work the budget does not count, so only the deadline (checked every 1,000 instructions) stops it, late
while true do local s = ("x"):rep(2 << 20) end
