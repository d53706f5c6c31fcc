--[[
builtin:reviewer, a read-only reviewer.

It reads the workspace and reports what it finds; it cannot change anything, so it never
needs to ask for approval.
]]

local profile = require("insomnia.profile")
local models = require("insomnia.models")
local scope = require("insomnia.scope")
local common = require("lib.common")

local model = models.catalog("codex-oauth/gpt-5.5")

return profile {
  slug = "reviewer",
  description = "Read-only reviewer: reads the workspace and reports findings, changes nothing",
  model = model,
  worker = {
    reasoning = "high",
    max_turns = 200,
    tools = common.tools("read"),
  },
  compaction = common.compaction(model),
  memory = { enabled = false }, -- each review starts fresh
  permissions = { approval = "never" },
  scope = scope.read_only(),
  instructions = { common.prompt("reviewer") },
}
