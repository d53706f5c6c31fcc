-- expect: sandbox.denied
-- attack: coroutines (a yield across the limit hook, a second Lua stack)
local co = coroutine.wrap(function() while true do coroutine.yield() end end)
co()
return {}
