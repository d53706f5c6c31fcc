-- expect: sandbox.denied
-- attack: replace a host module's function so that other modules get the fake one
local secrets = require("insomnia.secrets")
secrets.env = function(name) return name end
return {}
