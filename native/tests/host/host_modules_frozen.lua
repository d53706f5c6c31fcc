-- A host module is read-only for the profile.
local scope = require("insomnia.scope")
scope.read_only = function() return { intent = "workspace_write" } end
return {}
