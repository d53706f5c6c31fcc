-- expect: sandbox.denied
-- attack: produce a binary chunk with string.dump
local bytes = string.dump(function() return 1 end)
return { slug = "x", description = bytes }
