--[[
insomnia.scope: what the Pod may do in its workspace, as an intent.

  local scope = require("insomnia.scope")
  scope = scope.workspace_write()                                -- protects .git
  scope = scope.workspace_write { protect = { ".git", "secrets" } }
  scope = scope.read_only()
  scope = scope.none()

A profile states an intent only. The concrete paths the Pod may read and write are resolved
at launch from the intent, the workspace and the delegation ceiling; a profile can never name
them itself (scope.allow and scope.deny are refused in profiles).

Each helper returns a fresh table { intent = "...", protect = { ... } }; the plain table
{ intent = "read_only" } is equal to scope.read_only().
]]

local ipairs, math_type, pairs, tostring, type = ipairs, math.type, pairs, tostring, type

local scope = {}

--- Checks one protected path: relative, inside the workspace, no '..'.
local function check_protect_path(path, i)
  local where = "scope.workspace_write { protect = ... }: item " .. i
  if type(path) ~= "string" then
    error(where .. " must be a path string, got a " .. type(path), 4)
  end
  if path == "" then
    error(where .. " is empty; name a path relative to the workspace, such as '.git'", 4)
  end
  if path:find("^/") or path:find("^%a:[/\\]") or path:find("^\\") then
    error(where .. " ('" .. path .. "') is absolute; protected paths are relative to the "
          .. "workspace, such as '.git'", 4)
  end
  for segment in path:gmatch("[^/\\]+") do
    if segment == ".." then
      error(where .. " ('" .. path .. "') leaves the workspace through '..'", 4)
    end
  end
end

--- A fresh copy of the list of protected paths, checked.
local function copy_protect(protect)
  local where = "scope.workspace_write { protect = ... }: protect"
  if type(protect) ~= "table" then
    error(where .. " must be a list of paths, got a " .. type(protect), 3)
  end
  local count = 0
  for key in pairs(protect) do
    if math_type(key) ~= "integer" or key < 1 then
      error(where .. " must be a list of paths, but it has the field '" .. tostring(key)
            .. "'", 3)
    end
    count = count + 1
  end
  local copy = {}
  for i, path in ipairs(protect) do
    check_protect_path(path, i)
    copy[i] = path
  end
  if #copy ~= count then
    error(where .. " has a hole after item " .. #copy .. "; write the list without nil items",
          3)
  end
  return copy
end

--- Read and write the workspace, except the protected paths (default { ".git" }).
--- options: nil, or a table with `protect`, a list of paths relative to the workspace. An
--- explicit empty list protects nothing.
function scope.workspace_write(options)
  if options == nil then
    return { intent = "workspace_write", protect = { ".git" } }
  end
  if type(options) ~= "table" then
    error("scope.workspace_write(options) expects nothing or a table such as "
          .. "{ protect = { '.git' } }, got a " .. type(options), 2)
  end
  for key in pairs(options) do
    if key ~= "protect" then
      error("scope.workspace_write(options): unknown option '" .. tostring(key)
            .. "'; the only option is protect", 2)
    end
  end
  local protect = { ".git" }
  if options.protect ~= nil then
    protect = copy_protect(options.protect)
  end
  return { intent = "workspace_write", protect = protect }
end

--- Takes no argument; names the helper in the error when given one.
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
