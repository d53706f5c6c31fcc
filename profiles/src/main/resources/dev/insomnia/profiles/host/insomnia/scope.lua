--[[
insomnia.scope: what the Pod may do in its workspace, as an intent.

  local scope = require("insomnia.scope")
  scope = scope.workspace_write()                                -- protects .git
  scope = scope.workspace_write { protect = { ".git", "secrets" } }
  scope = scope.read_only()
  scope = scope.none()

A profile states an intent only. The concrete paths the Pod may read and write are resolved
at launch from the intent, the workspace and the delegation ceiling; a profile never names
them (scope.allow and scope.deny are refused in profiles).

Each helper returns a fresh table { intent = "...", protect = { ... } }; the plain table
{ intent = "read_only" } is equal to scope.read_only().
]]

local require, type = require, type

local scope = {}

--- Read and write the workspace, except the protected paths (default { ".git" }).
--- options: nil, or { protect = { paths relative to the workspace } }; an explicit empty
--- list protects nothing. The options are checked by an internal module loaded only when
--- options are given.
function scope.workspace_write(options)
  local protect = { ".git" }
  if options ~= nil then
    protect = require("insomnia.scope.options")(options)
  end
  return { intent = "workspace_write", protect = protect }
end

--- Refuses an argument to a helper that takes none.
local function no_options(name, options)
  if options ~= nil then
    error("scope." .. name .. "() takes no options, got a " .. type(options), 3)
  end
end

--- Read the workspace, write nothing.
function scope.read_only(options)
  no_options("read_only", options)
  return { intent = "read_only" }
end

--- No access to the workspace at all.
function scope.none(options)
  no_options("none", options)
  return { intent = "none" }
end

return scope
