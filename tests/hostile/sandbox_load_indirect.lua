-- expect: sandbox.denied
-- attack: reach load through a computed global name instead of the identifier
local name = ("daol"):reverse()
local compile = _G[name]
return compile("return {}")()
