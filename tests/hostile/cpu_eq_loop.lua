-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __eq
local mt = { __eq = function() while true do end end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
return { same = a == b }
