-- expect: profile.type
-- attack: return a host module itself (a read-only proxy full of functions)
return { slug = "x", model = require("insomnia.secrets") }
