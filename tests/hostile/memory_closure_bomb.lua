-- expect: limit.memory
-- limits: memory=8388608
-- attack: millions of closures, each with its own upvalue
local t = {}
local i = 0
while true do
  i = i + 1
  local captured = i
  t[i] = function() return captured end
end
