-- expect: limit.memory
-- limits: memory=16777216
-- attack: string.rep of an enormous result
local s = ("x"):rep(1 << 30)
return { slug = s }
