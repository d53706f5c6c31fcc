-- expect: error limit.memory
-- args: --memory 4000000
local ok = pcall(function() return ("x"):rep(1e8) end)
return ok
