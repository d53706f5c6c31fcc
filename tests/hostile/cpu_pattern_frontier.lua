-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: balanced-match and frontier patterns over a long subject
local s = ("("):rep(200000)
return { found = s:find("%b()%f[%w].-z") }
