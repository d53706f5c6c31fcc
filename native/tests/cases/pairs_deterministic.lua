-- expect: ok "[a-z,]+"
local t = {}
for _, k in ipairs({ "delta", "alpha", "kilo", "echo", "bravo", "golf" }) do t[k] = true end
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
return table.concat(keys, ",")
