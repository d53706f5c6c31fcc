-- expect: profile.runtime-error
-- attack: replace the globals' metatable to undo the denial of removed names
setmetatable(_G, { __index = function() return nil end })
return { slug = "x", description = tostring(os) }
