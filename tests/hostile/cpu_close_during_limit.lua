-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a looping __close run while a tripped limit unwinds the stack
local guard <close> = setmetatable({}, { __close = function() while true do end end })
while true do end
