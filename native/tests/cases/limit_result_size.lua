-- expect: error limit.memory
-- 50 references to one 1 MB string: a small heap, but ~50 MB of JSON. Too large to hand
-- over is a memory limit, not a value without a JSON form.
local big = ("x"):rep(1 << 20)
local list = {}
for i = 1, 50 do list[i] = big end
return { list = list }
