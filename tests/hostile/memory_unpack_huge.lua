-- expect: profile.runtime-error
-- attack: table.unpack of a huge range onto the C stack (Lua refuses: too many results)
local n = select("#", table.unpack({}, 1, 1 << 30))
return { n = n }
