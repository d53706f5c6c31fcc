-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: table.sort without a comparator over long strings that share a 1 MB prefix: every comparison runs strcoll over the prefix in C, where the hook cannot count
local prefix = ("x"):rep(1 << 20)
local a, b = prefix .. "a", prefix .. "b"
local t = {}
for i = 1, 20000 do t[i] = (i % 2 == 0) and a or b end
table.sort(t)
return {}
