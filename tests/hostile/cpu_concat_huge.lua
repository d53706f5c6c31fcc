-- expect: limit.memory
-- limits: memory=16777216
-- attack: table.concat building an enormous string from a modest table
local parts = {}
local chunk = ("x"):rep(1 << 16)
for i = 1, 100 do parts[i] = chunk end
local s = table.concat(parts, table.concat(parts))
return { slug = s }
