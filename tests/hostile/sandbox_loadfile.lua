-- expect: sandbox.denied
-- attack: compile an arbitrary file with loadfile
local chunk = loadfile("/etc/passwd")
return chunk()
