-- expect: limit.memory
-- limits: memory=8388608
-- attack: string.gsub whose replacement multiplies the subject's size
local big = ("y"):rep(100000)
local s = ("x"):rep(1000):gsub(".", big)
return { slug = s }
