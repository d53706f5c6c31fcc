--[[
Shared helpers of the builtin profiles, a profile-local module: default.lua, coder.lua and
reviewer.lua load it with require("lib.common"), which finds lib/common.lua next to them.
Your own profiles can do the same with modules under their own directory.

Local modules are plain Lua. Unlike host modules they are not frozen, so hand out fresh
tables from functions (as below) rather than shared tables a profile could modify.
]]

local compact = require("insomnia.compact")

local common = {}

--- The instruction ref of a builtin prompt asset: "$insomnia/prompts/NAME.md".
function common.prompt(name)
  return "$insomnia/prompts/" .. name .. ".md"
end

--- Compaction derived from the model: compact early enough that one full-length answer
--- still fits in the context window, and never later than at 90% of it.
function common.compaction(model)
  local window = model.context_window
  local reserve = model.max_output_tokens or window // 8
  if reserve >= window then
    return compact.ratio(0.8) -- the model's answer alone could fill the window
  end
  return compact.tokens(math.min(window - reserve, window * 9 // 10))
end

-- Tool sets by what they let the Pod do; tools() combines them.
local TOOL_SETS = {
  read = { "fs.read", "fs.list", "fs.search" },
  write = { "fs.write", "fs.patch" },
  shell = { "shell.run" },
}

--- A fresh list of the tools of the named sets, in order, without duplicates:
--- common.tools("read", "write").
function common.tools(...)
  local list, seen = {}, {}
  for _, set in ipairs({ ... }) do
    local tools = TOOL_SETS[set]
    if tools == nil then
      error("common.tools: unknown tool set '" .. tostring(set)
            .. "' (the sets are read, write and shell)", 2)
    end
    for _, tool in ipairs(tools) do
      if not seen[tool] then
        seen[tool] = true
        list[#list + 1] = tool
      end
    end
  end
  return list
end

return common
