--[[
insomnia.profile: the Profile constructor.

  local profile = require("insomnia.profile")
  return profile {
    slug = "coder",
    model = models.catalog("codex-oauth/gpt-5.5"),
  }

profile(t) returns t itself, unchanged: it marks the end of a profile and checks that what
follows is a table. The fields are validated by the host after the profile returns (one
place knows the Profile schema), so every problem is reported at once, with its field path.

Host module: it runs in the pristine host environment, where raise(code, message, level)
reports a coded diagnostic; level 2 is the profile line that called the function here.
]]

local type = type

--- Returns `t` unchanged; raises profile.return at the caller's line if it is not a table.
local function profile(t)
  if type(t) ~= "table" then
    -- a statement, not `return raise(...)`: a tail call would lose the caller's frame
    raise("profile.return",
          "profile { ... } expects a table of Profile fields, got " .. type(t), 2)
  end
  return t
end

return profile
