-- expect: limit.time
-- limits: instructions=1000000000000 time=300
-- attack: table.concat over 2^40 items that a C __index (rawlen) makes up, under the default memory limit: the loop runs in C, costs no instruction and fills the buffer one byte per item (4.9 s until the memory cap stopped it, before each item was charged)
local t = setmetatable({}, { __index = rawlen })
local s = table.concat(t, "", 1, 1 << 40)
return { slug = s }
