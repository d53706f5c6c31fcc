-- expect: ok {"m1":"bad argument #2 to 'table.insert' \(position out of bounds\)","m2":"wrong number of arguments to 'insert'","m3":"bad argument #2 to 'table.remove' \(position out of bounds\)","m4":"bad argument #1 to 'table.insert' \(table expected, got string\)","r1":5,"r2":0,"r3":"nil","r4":"nil","s":\[3,2,1\],"t":\[1,2,"m",3,4\]}
-- table.insert and table.remove (the shim's, charged) keep the reference's behaviour
local t = {}
for i = 1, 5 do table.insert(t, i) end
table.insert(t, 1, 0)
table.insert(t, 4, "m")
local r1 = table.remove(t)
local r2 = table.remove(t, 1)
local r3 = table.remove({})
local r4 = table.remove({}, 0)
local ok1, m1 = pcall(table.insert, t, 99, "x")
local ok2, m2 = pcall(table.insert, t)
local ok3, m3 = pcall(table.remove, t, 99)
local ok4, m4 = pcall(table.insert, "str", 1)
local s = { 3, 1, 2 }
table.sort(s, function(a, b) return a > b end)
return { t = t, r1 = r1, r2 = r2, r3 = tostring(r3), r4 = tostring(r4), m1 = m1, m2 = m2, m3 = m3, m4 = m4, s = s }
