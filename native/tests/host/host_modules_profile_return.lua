-- profile(x) refuses a non-table with profile.return at the calling line.
local profile = require("insomnia.profile")
local result = profile("not a table")
return result
