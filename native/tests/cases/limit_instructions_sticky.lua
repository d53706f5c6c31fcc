-- expect: error limit.instructions
-- args: --instructions 100000
for i = 1, 10 do pcall(function() while true do end end) end
return "swallowed"
