--[[
insomnia.models: the model a Pod runs on.

  local models = require("insomnia.models")
  model = models.catalog("codex-oauth/gpt-5.5")
  model = models.custom { provider = "ollama", id = "my-finetune", context_window = 32768 }
  for _, id in ipairs(models.ids()) do print(id) end

Every function returns a fresh table { provider, id, context_window, max_output_tokens }:
change it freely, the catalog and the next call are not affected. The catalog itself is data
(catalog/models.toml, read by the host and served as the internal module
insomnia.models.catalog): adding a model is a data edit, not a code change.
]]

local catalog = require("insomnia.models.catalog")

local ipairs, math_type, min, pairs, sort, tostring, type =
  ipairs, math.type, math.min, pairs, table.sort, tostring, type

local models = {}

--- A fresh copy of a catalog entry.
local function copy(entry)
  return {
    provider = entry.provider,
    id = entry.id,
    context_window = entry.context_window,
    max_output_tokens = entry.max_output_tokens,
  }
end

--- Levenshtein distance between two byte strings (two rows of the table).
local function distance(a, b)
  local previous, current = {}, {}
  for j = 0, #b do previous[j] = j end
  for i = 1, #a do
    current[0] = i
    local byte = a:byte(i)
    for j = 1, #b do
      local substitution = previous[j - 1] + (byte == b:byte(j) and 0 or 1)
      current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
    end
    previous, current = current, previous
  end
  return previous[#b]
end

--- Up to three catalog ids closest to `wanted`, closest first. The model part alone counts
--- too, so "gpt-5.5" finds "codex-oauth/gpt-5.5".
local function closest(wanted)
  wanted = wanted:sub(1, 100) -- suggestions only: bound the work on absurd input
  local scored = {}
  for i, id in ipairs(catalog.ids) do
    local model = id:match("/(.*)$") or id
    scored[i] = { id = id, score = min(distance(wanted, id), distance(wanted, model)) }
  end
  sort(scored, function(x, y)
    if x.score ~= y.score then return x.score < y.score end
    return x.id < y.id
  end)
  local names = {}
  for i = 1, min(3, #scored) do names[i] = "'" .. scored[i].id .. "'" end
  return names
end

--- "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
local function alternatives(names)
  if #names <= 1 then return names[1] or "" end
  local head = {}
  for i = 1, #names - 1 do head[i] = names[i] end
  return table.concat(head, ", ") .. " or " .. names[#names]
end

--- The catalog entry `id` ("provider/model"); raises profile.unknown-model at the caller's
--- line for an id the catalog does not have, naming the closest ids.
function models.catalog(id)
  if type(id) ~= "string" then
    error("models.catalog(id) expects a catalog id such as 'codex-oauth/gpt-5.5', got a "
          .. type(id), 2)
  end
  local entry = catalog.models[id]
  if entry == nil then
    local shown = #id > 100 and id:sub(1, 100) .. "..." or id
    raise("profile.unknown-model", "model '" .. shown .. "' is not in the catalog; did you "
          .. "mean " .. alternatives(closest(id)) .. "?", 2)
  end
  return copy(entry)
end

local CUSTOM_FIELDS = "provider, id, context_window and max_output_tokens"

--- Checks one field of models.custom: a non-empty string, or an integer > 0.
local function check(spec, key, kind, required)
  local value = spec[key]
  local where = "models.custom { ... }: " .. key
  if value == nil then
    if required then error(where .. " is required", 3) end
    return
  end
  if kind == "string" then
    if type(value) ~= "string" then
      error(where .. " must be a string, got a " .. type(value), 3)
    end
    if value == "" then error(where .. " must not be empty", 3) end
  else
    if math_type(value) ~= "integer" then
      local got = type(value) == "number" and "the non-integer " .. tostring(value)
                  or "a " .. type(value)
      error(where .. " must be an integer token count, got " .. got, 3)
    end
    if value <= 0 then error(where .. " must be positive, got " .. tostring(value), 3) end
  end
end

--- A model the catalog does not have: provider, id and context_window are required,
--- max_output_tokens is optional. Returns a fresh table of the catalog's shape.
function models.custom(spec)
  if type(spec) ~= "table" then
    error("models.custom expects a table { " .. CUSTOM_FIELDS .. " }, got a " .. type(spec),
          2)
  end
  for key in pairs(spec) do
    if key ~= "provider" and key ~= "id" and key ~= "context_window"
       and key ~= "max_output_tokens" then
      error("models.custom { ... }: unknown field '" .. tostring(key) .. "'; the fields are "
            .. CUSTOM_FIELDS, 2)
    end
  end
  check(spec, "provider", "string", true)
  check(spec, "id", "string", true)
  check(spec, "context_window", "integer", true)
  check(spec, "max_output_tokens", "integer", false)
  return copy(spec)
end

--- The catalog's ids ("provider/model"), sorted, as a fresh list.
function models.ids()
  local ids = {}
  for i, id in ipairs(catalog.ids) do ids[i] = id end
  return ids
end

return models
