-- expect: sandbox.denied
-- attack: pairs() on the string library, writing through its state to change string methods for host modules
local _, state = pairs(string)
state.find = function() return 1 end
return {}
