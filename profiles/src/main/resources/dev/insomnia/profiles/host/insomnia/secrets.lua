--[[
insomnia.secrets: references to secrets, never the secrets themselves.

  local secrets = require("insomnia.secrets")
  env = { OPENAI_API_KEY = secrets.env("OPENAI_API_KEY") }

secrets.env("NAME") returns { secret_env = "NAME" }: the Pod's launcher reads the variable
NAME from its own environment when the Pod starts. The value never enters the profile, the
resolved manifest or the pod store, which keep the reference only.
]]

local type = type

local secrets = {}

--- A reference to the launcher's environment variable `name` (^[A-Z_][A-Z0-9_]*$).
function secrets.env(name)
  if type(name) ~= "string" then
    error("secrets.env(name) expects the name of an environment variable, got a "
          .. type(name), 2)
  end
  if not name:find("^[A-Z_][A-Z0-9_]*$") then
    error("secrets.env(name): '" .. name .. "' is not an environment variable name "
          .. "(upper-case letters, digits and '_', not starting with a digit)", 2)
  end
  return { secret_env = name }
end

return secrets
