-- expect: profile.runtime-error
-- attack: error at level 3, through a host module frame
local profile = require("insomnia.profile")
local function inner() error("two levels up", 3) end
local function outer() inner() end
outer()
