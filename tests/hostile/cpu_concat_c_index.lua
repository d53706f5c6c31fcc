-- expect: limit.memory
-- limits: memory=2097152 time=20000
-- attack: table.concat over 2^40 items that a C __index (rawlen) makes up: a loop in C that costs no instruction; here the memory cap stops it (each item is charged, and cpu_concat_c_index_time shows the deadline stopping it under the default memory limit)
local t = setmetatable({}, { __index = rawlen })
local s = table.concat(t, "", 1, 1 << 40)
return { slug = s }
