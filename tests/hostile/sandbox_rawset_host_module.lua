-- expect: sandbox.denied
-- attack: rawset on a host module to replace one of its functions for other modules
local scope = require("insomnia.scope")
rawset(scope, "read_only", function() return { intent = "workspace_write" } end)
return {}
