-- expect: ok {"mixed":\[1,2,3,10\],"objects":\["a","b","c"\],"words":\["a","ab","b","ba"\]}
-- table.sort without a comparator keeps the reference order, __lt included
local words = { "ba", "b", "ab", "a" }
table.sort(words)
local mixed = { 10, 3, 1, 2 }
table.sort(mixed, nil)
local mt = { __lt = function(x, y) return x.k < y.k end }
local objects = { setmetatable({ k = "c" }, mt), setmetatable({ k = "a" }, mt), setmetatable({ k = "b" }, mt) }
table.sort(objects)
for i, o in ipairs(objects) do objects[i] = o.k end
return { words = words, mixed = mixed, objects = objects }
