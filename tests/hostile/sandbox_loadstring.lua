-- expect: sandbox.denied
-- attack: compile code with the Lua 5.1 name loadstring
return loadstring("return {}")()
