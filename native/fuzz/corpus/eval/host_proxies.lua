local host, pre = require("host"), require("pre")
local n = #host.list + #pre.items + #require("host.cyclic")
local keys = {}
for k in pairs(host.nested) do keys[#keys + 1] = k end
local ok, err = pcall(function() host.list[1] = 2 end)
return {n = n, keys = keys, ok = ok, err = tostring(err), m = ("abab"):match("(ab)%1")}
