-- expect: profile.return
-- attack: redefine type/error/pairs so host modules misjudge their arguments; they run in a pristine environment
type = function() return "table" end
error = function() end
pairs = function() return function() end end
local profile = require("insomnia.profile")
local wrapped = profile(42)
return wrapped
