-- expect: profile.return
-- attack: a local insomnia/profile.lua beside the profile, hoping to replace the host module
local profile = require("insomnia.profile")
local value = profile(42)
return value
