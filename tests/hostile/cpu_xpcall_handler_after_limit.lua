-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a looping message handler run for a limit error (Lua runs it with hooks off)
xpcall(function() while true do end end, function() while true do end end)
return {}
