-- expect: error sandbox.denied
-- pairs() on a read-only library hands out its state: it must not be the hidden table
local n = 0
for k in pairs(string) do n = n + 1 end
assert(n > 10, "pairs still iterates the library")
local _, state = pairs(string)
state.find = function() return 1 end
