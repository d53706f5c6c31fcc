-- expect: sandbox.denied
-- native: skip
-- attack: require an internal host module directly and write into its data
local catalog = require("insomnia.models.catalog")
catalog.models["evil/model"] = { provider = "evil", id = "model", context_window = 1 }
return {}
