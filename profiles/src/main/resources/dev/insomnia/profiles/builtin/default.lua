--[[
builtin:default, the profile a Pod gets when nothing else is selected.

A general-purpose Pod: it may change files in the workspace (except .git), asks before
risky actions, and compacts its conversation in time for a full-length answer.
]]

local profile = require("insomnia.profile")
local models = require("insomnia.models")
local scope = require("insomnia.scope")
local common = require("lib.common") -- lib/common.lua, next to this file

-- Locals instead of self-references: the compaction below is derived from this model.
local model = models.catalog("codex-oauth/gpt-5.5")

return profile {
  slug = "default",
  description = "General-purpose Pod: works in the workspace and asks before risky actions",
  model = model,
  worker = {
    reasoning = "medium",
    tools = common.tools("read", "write"),
  },
  compaction = common.compaction(model),
  permissions = { approval = "on-request" },
  scope = scope.workspace_write(), -- intent only: the paths are resolved at launch
  instructions = { common.prompt("default") },
}
