--[[
insomnia.compact: when the Pod compacts its conversation.

  local compact = require("insomnia.compact")
  compaction = compact.ratio(0.8)        -- at 80% of the model's context window
  compaction = compact.tokens(300000)    -- at 300,000 tokens

Each returns a fresh table, { trigger_ratio = r } or { trigger_tokens = n }, that the host
turns into a concrete token count against the profile's model. Derive the numbers from the
model with ordinary Lua (locals, arithmetic): there is no recursive-set magic.
]]

local math_type, tostring, type = math.type, tostring, type

local compact = {}

--- Compact at `r` times the model's context window; 0 < r < 1.
function compact.ratio(r)
  if type(r) ~= "number" then
    error("compact.ratio(r) expects a number between 0 and 1 (such as 0.8), got a "
          .. type(r), 2)
  end
  if not (r > 0 and r < 1) then -- also false for NaN
    error("compact.ratio(r) expects a number strictly between 0 and 1, got " .. tostring(r),
          2)
  end
  return { trigger_ratio = r }
end

--- Compact once the conversation holds `n` tokens; an integer > 0 (and below the model's
--- context window, which the host checks against the model).
function compact.tokens(n)
  if math_type(n) ~= "integer" then
    local got = type(n) == "number" and "a non-integer number (" .. tostring(n) .. ")"
                or "a " .. type(n)
    error("compact.tokens(n) expects an integer token count, got " .. got, 2)
  end
  if n <= 0 then
    error("compact.tokens(n) expects a positive token count, got " .. tostring(n), 2)
  end
  return { trigger_tokens = n }
end

return compact
