local ok, err = pcall(error, {code = 1})
local ok2, err2 = pcall(function() return nil + 1 end)
print("printed", 1, nil, true)
error(string.rep("x", 10) .. tostring(ok2), 2)
