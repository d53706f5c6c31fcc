-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __lt
local mt = { __lt = function() while true do end end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
return { less = a < b }
