-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a backtracking pattern in string.gsub
local s = ("x"):rep(40000)
return { slug = s:gsub("x*x*x*y", "") }
