local t = setmetatable({}, {__index = function(_, k) return k .. "!" end, __len = function() return 3 end})
local list = {}
for i = 1, #t do list[i] = t[i] end
table.sort(list, function(a, b) return a > b end)
return {list = list, joined = table.concat(list, ","), mt = getmetatable("") == false}
