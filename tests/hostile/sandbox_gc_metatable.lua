-- expect: sandbox.denied
-- attack: a finalizer (runs with hooks off: a loop in it would hang the process)
setmetatable({}, { __gc = function() while true do end end })
return {}
