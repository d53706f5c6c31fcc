-- expect: sandbox.denied
-- attack: compile a binary chunk at run time with load (mode "b")
local chunk = load("\27Lua\84\0\25\147\r\n\26\n", "=bin", "b")
return chunk()
