-- expect: limit.instructions
-- limits: memory=8388608
-- attack: table.concat over 2^40 items that a C __index (rawlen) makes up: a loop entirely in C, where the hook never fires (the items are charged to the budget first)
local t = setmetatable({}, { __index = rawlen })
local s = table.concat(t, "", 1, 1 << 40)
return { slug = s }
