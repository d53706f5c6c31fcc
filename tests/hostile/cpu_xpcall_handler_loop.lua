-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside an xpcall message handler, after an ordinary error
xpcall(function() error("first") end, function() while true do end end)
return {}
