-- expect: profile.runtime-error
-- attack: tamper with the string metatable (getmetatable("") is protected: false)
local mt = getmetatable("")
mt.__index = { rep = function() return "pwned" end }
return {}
