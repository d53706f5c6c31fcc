local ok, err = pcall(function() return os.time() end)
local ok2 = pcall(rawset, _G, "x", 1)
local ok3, err3 = pcall(setmetatable, {}, {__gc = print})
string.x = 1
return {ok, tostring(err), ok2, tostring(err3)}
