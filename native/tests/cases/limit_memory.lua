-- expect: error limit.memory
-- args: --memory 4000000
local t = {}
for i = 1, 1e8 do t[i] = ("x"):rep(64) .. i end
