-- expect: sandbox.denied
-- attack: pairs() on a host module hands out its state; if that is the hidden table behind the read-only proxy, writing it changes the module for everyone
local secrets = require("insomnia.secrets")
local _, state = pairs(secrets)
state.env = function(name) return { secret_env = name, leaked = true } end
return {}
