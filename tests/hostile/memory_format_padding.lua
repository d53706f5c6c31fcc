-- expect: limit.memory
-- limits: memory=8388608
-- attack: string.format with huge %s arguments repeated into one result
local big = ("p"):rep(1 << 20)
local s = string.format(("%s"):rep(20), big, big, big, big, big, big, big, big, big, big,
  big, big, big, big, big, big, big, big, big, big)
return { slug = s }
