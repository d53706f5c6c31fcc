-- expect: error limit.instructions
-- args: --instructions 100000
xpcall(function() error("x") end, function() while true do end end)
