-- expect: limit.memory
-- limits: memory=8388608
-- attack: millions of small distinct strings, each a separate allocation
local t = {}
local i = 0
while true do i = i + 1; t[i] = tostring(i) .. "-" end
