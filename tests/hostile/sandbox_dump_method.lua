-- expect: sandbox.denied
-- attack: reach string.dump as a method through the string metatable
local s = "x"
local dump = s.dump
return { slug = "x", description = dump(function() end) }
