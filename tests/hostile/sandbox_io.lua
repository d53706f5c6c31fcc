-- expect: sandbox.denied
-- attack: read a file outside the profile directory through the io library
local f = io.open("/etc/passwd", "r")
return { slug = "x", description = f:read("a") }
