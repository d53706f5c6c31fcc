-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: endless tail calls: no stack growth, so no stack overflow ever stops them
local function forever(n) return forever(n + 1) end
return forever(0)
