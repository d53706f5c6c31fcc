-- expect: ok \{"a":1,"b":\[1,2\.5,"x"\],"c":\{"y":false,"z":true\}\}
local t = {}
t.c = { z = true, y = false }
t.b = { 1, 2.5, "x" }
t.a = 1
return t
