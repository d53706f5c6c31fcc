-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: string.rep of the empty string 2^63 - 1 times: the reference loops that often copying nothing, in C, where neither the hook nor an allocation would ever stop it
while true do local s = (""):rep(math.maxinteger) .. string.rep("", math.maxinteger, "") end
