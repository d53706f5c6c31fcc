--[[
insomnia.scope.options (internal): checks the options of scope.workspace_write and returns
a fresh copy of the protected paths. Loaded only when options are given. Errors are raised
at the profile's line: level 3 from this function (it, scope.workspace_write, the profile).
]]

local ipairs, math_type, pairs, tostring, type = ipairs, math.type, pairs, tostring, type

local WHERE = "scope.workspace_write { protect = ... }: "

--- Checks one protected path: relative, inside the workspace, no '..'.
local function check_path(path, i)
  local where = WHERE .. "item " .. i
  if type(path) ~= "string" then
    error(where .. " must be a path string, got a " .. type(path), 5)
  end
  if path == "" then
    error(where .. " is empty; name a path relative to the workspace, such as '.git'", 5)
  end
  if path:find("^[/\\]") or path:find("^%a:[/\\]") then
    error(where .. " ('" .. path .. "') is absolute; protected paths are relative to the "
          .. "workspace, such as '.git'", 5)
  end
  for segment in path:gmatch("[^/\\]+") do
    if segment == ".." then
      error(where .. " ('" .. path .. "') leaves the workspace through '..'", 5)
    end
  end
end

--- A checked copy of the protect list.
local function copy_protect(protect)
  if type(protect) ~= "table" then
    error(WHERE .. "protect must be a list of paths, got a " .. type(protect), 4)
  end
  local count = 0
  for key in pairs(protect) do
    if math_type(key) ~= "integer" or key < 1 then
      error(WHERE .. "protect must be a list of paths, but it has the field '"
            .. tostring(key) .. "'", 4)
    end
    count = count + 1
  end
  local copy = {}
  for i, path in ipairs(protect) do
    check_path(path, i)
    copy[i] = path
  end
  if #copy ~= count then
    error(WHERE .. "protect has a hole after item " .. #copy
          .. "; write the list without nil items", 4)
  end
  return copy
end

return function(options)
  if type(options) ~= "table" then
    error("scope.workspace_write(options) expects nothing or a table such as "
          .. "{ protect = { '.git' } }, got a " .. type(options), 3)
  end
  for key in pairs(options) do
    if key ~= "protect" then
      error("scope.workspace_write(options): unknown option '" .. tostring(key)
            .. "'; the only option is protect", 3)
    end
  end
  if options.protect == nil then return { ".git" } end
  local copy = copy_protect(options.protect) -- not a tail call: the levels above count on it
  return copy
end
