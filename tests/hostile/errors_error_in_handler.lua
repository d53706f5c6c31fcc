-- expect: profile.runtime-error
-- attack: an xpcall message handler that raises itself, recursively
local function handler(e) error(e) end
local ok, e = xpcall(function() error("first") end, handler)
error(e)
