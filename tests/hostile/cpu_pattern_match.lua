-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a backtracking pattern with captures in string.match
local s = ("a"):rep(50000)
return { found = s:match("(.-)(.-)(.-)(.-)x") }
