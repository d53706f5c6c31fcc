-- a module whose top level keeps every string it builds
local keep = {}
for i = 1, 1 << 30 do keep[i] = ("m"):rep(1024) .. i end
return keep
