-- expect: profile.runtime-error
-- attack: error at level 2, blaming the caller
local function check(x) if x == nil then error("blame the caller", 2) end end
check(nil)
