--[[
insomnia.models.unknown (internal): the error for models.catalog(id) when the catalog has no
such id. Loaded only then. Raises at level 3: this function, models.catalog, the profile.
]]

local catalog = require("insomnia.models.catalog")

local concat, ipairs, min, sort, type = table.concat, ipairs, math.min, table.sort, type

local LEVEL = 3

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
  return concat(names, ", ", 1, #names - 1) .. " or " .. names[#names]
end

return function(id)
  if type(id) ~= "string" then
    error("models.catalog(id) expects a catalog id such as 'codex-oauth/gpt-5.5', got a "
          .. type(id), LEVEL)
  end
  local shown = #id > 100 and id:sub(1, 100) .. "..." or id
  raise("profile.unknown-model", "model '" .. shown .. "' is not in the catalog; did you mean "
        .. alternatives(closest(id)) .. "?", LEVEL)
end
