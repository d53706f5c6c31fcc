-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: table.move over a huge range (its loop runs in C)
local t = table.move({ 1 }, 1, math.maxinteger // 2, 2)
return {}
