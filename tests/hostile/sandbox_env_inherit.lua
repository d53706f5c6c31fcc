-- expect: sandbox.denied
-- attack: a local _ENV inheriting from _G through __index: removed names stay denied
local _ENV = setmetatable({}, { __index = _G })
return { slug = "x", description = io.read("a") }
