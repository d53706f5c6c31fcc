--[[
insomnia.models: the model a Pod runs on.

  local models = require("insomnia.models")
  model = models.catalog("codex-oauth/gpt-5.5")
  model = models.custom { provider = "ollama", id = "my-finetune", context_window = 32768 }
  for _, id in ipairs(models.ids()) do print(id) end

Every function returns a fresh table { provider, id, context_window, max_output_tokens }:
change it freely, the catalog and the next call are not affected. The catalog is data
(catalog/models.toml), served by the host as the internal module insomnia.models.catalog.

Code that only some profiles need (models.custom's checks, the suggestions for an unknown
id) lives in internal modules required on first use: every Pod launch compiles this file,
so it stays small.
]]

local catalog = require("insomnia.models.catalog")

local ipairs, require = ipairs, require

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

--- The catalog entry `id` ("provider/model"). An id the catalog does not have raises
--- profile.unknown-model at the caller's line, naming the closest ids.
function models.catalog(id)
  local entry = catalog.models[id]
  if entry == nil then
    require("insomnia.models.unknown")(id) -- raises; a statement, so the caller's frame stays
  end
  return copy(entry)
end

--- A model the catalog does not have: provider, id and context_window are required,
--- max_output_tokens is optional. Returns a fresh table of the catalog's shape.
function models.custom(spec)
  local model = require("insomnia.models.custom")(spec)
  return model
end

--- The catalog's ids ("provider/model"), sorted, as a fresh list.
function models.ids()
  local ids = {}
  for i, id in ipairs(catalog.ids) do ids[i] = id end
  return ids
end

return models
