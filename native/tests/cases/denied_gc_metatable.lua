-- expect: error sandbox.denied
return setmetatable({}, { __gc = function() end })
