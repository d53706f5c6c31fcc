-- expect: error lua.runtime
setmetatable(_G, {})
