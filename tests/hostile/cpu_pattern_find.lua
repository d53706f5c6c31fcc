-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a backtracking pattern in string.find (Lua's own matcher could not be interrupted)
local s = ("a"):rep(100000)
return { found = s:find(".-.-.-.-.-x") }
