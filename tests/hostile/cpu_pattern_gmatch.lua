-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a backtracking pattern in string.gmatch
local s = ("ab"):rep(30000)
for w in s:gmatch("a.-a.-a.-c") do end
return {}
