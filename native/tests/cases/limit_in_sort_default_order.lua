-- expect: error limit.instructions
-- args: --instructions 2000000
-- table.sort without a comparator compares in C: each comparison of two 1 MB strings is
-- charged, so the budget stops it (uncharged, this one call ran for 15 s)
local prefix = ("x"):rep(1 << 20)
local a, b = prefix .. "a", prefix .. "b"
local t = {}
for i = 1, 20000 do t[i] = (i % 2 == 0) and a or b end
table.sort(t)
