--[[
insomnia.compact: when the Pod compacts its conversation.

  local compact = require("insomnia.compact")
  compaction = compact.ratio(0.8)        -- at 80% of the model's context window
  compaction = compact.tokens(300000)    -- at 300,000 tokens

Each returns a fresh table, { trigger_ratio = r } or { trigger_tokens = n }, that the host
turns into a concrete token count against the profile's model. Derive the numbers from the
model with ordinary Lua: locals and arithmetic.
]]

local math_type, tostring, type = math.type, tostring, type

local compact = {}

--- Compact at `r` times the model's context window; 0 < r < 1.
function compact.ratio(r)
  if type(r) ~= "number" or not (r > 0 and r < 1) then -- `not (...)` also catches NaN
    error("compact.ratio(r) expects a number strictly between 0 and 1 (such as 0.8), got "
          .. (type(r) == "number" and tostring(r) or "a " .. type(r)), 2)
  end
  return { trigger_ratio = r }
end

--- Compact once the conversation holds `n` tokens: an integer > 0 (the host checks it
--- against the model's context window).
function compact.tokens(n)
  if math_type(n) ~= "integer" or n <= 0 then
    error("compact.tokens(n) expects a positive integer token count, got "
          .. (type(n) == "number" and tostring(n) or "a " .. type(n)), 2)
  end
  return { trigger_tokens = n }
end

return compact
