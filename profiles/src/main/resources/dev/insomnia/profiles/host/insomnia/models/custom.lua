--[[
insomnia.models.custom (internal): models.custom's checks, loaded on its first call.
Returns the checking function; errors are raised at level 3: this function, models.custom,
the profile (a check inside is one level deeper).
]]

local math_type, pairs, tostring, type = math.type, pairs, tostring, type

local FIELDS = "provider, id, context_window and max_output_tokens"

--- Checks one field: a non-empty string, or an integer > 0.
local function check(spec, key, kind, required)
  local value = spec[key]
  local where = "models.custom { ... }: " .. key
  if value == nil then
    if required then error(where .. " is required", 4) end
    return
  end
  if kind == "string" then
    if type(value) ~= "string" then
      error(where .. " must be a string, got a " .. type(value), 4)
    end
    if value == "" then error(where .. " must not be empty", 4) end
  elseif math_type(value) ~= "integer" then
    local got = type(value) == "number" and "the non-integer " .. tostring(value)
                or "a " .. type(value)
    error(where .. " must be an integer token count, got " .. got, 4)
  elseif value <= 0 then
    error(where .. " must be positive, got " .. tostring(value), 4)
  end
end

return function(spec)
  if type(spec) ~= "table" then
    error("models.custom expects a table { " .. FIELDS .. " }, got a " .. type(spec), 3)
  end
  for key in pairs(spec) do
    if key ~= "provider" and key ~= "id" and key ~= "context_window"
       and key ~= "max_output_tokens" then
      error("models.custom { ... }: unknown field '" .. tostring(key) .. "'; the fields are "
            .. FIELDS, 3)
    end
  end
  check(spec, "provider", "string", true)
  check(spec, "id", "string", true)
  check(spec, "context_window", "integer", true)
  check(spec, "max_output_tokens", "integer", false)
  return {
    provider = spec.provider,
    id = spec.id,
    context_window = spec.context_window,
    max_output_tokens = spec.max_output_tokens,
  }
end
