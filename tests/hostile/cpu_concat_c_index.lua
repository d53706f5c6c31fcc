-- expect: limit.memory
-- limits: memory=8388608
-- attack: table.concat over 2^40 items that a C __index (rawlen) makes up: a loop entirely in C, which only the memory cap stops
local t = setmetatable({}, { __index = rawlen })
local s = table.concat(t, "", 1, 1 << 40)
return { slug = s }
