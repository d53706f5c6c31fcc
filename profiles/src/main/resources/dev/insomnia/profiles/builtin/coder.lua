--[[
builtin:coder, the coding Pod.

It edits the workspace and runs commands there, thinks hard (reasoning "high") and has room
for long sessions. Scope is an intent: workspace_write protects .git by default, and what
that means as concrete paths is decided at launch, never here.
]]

local profile = require("insomnia.profile")
local models = require("insomnia.models")
local scope = require("insomnia.scope")
local common = require("lib.common")

local model = models.catalog("codex-oauth/gpt-5.5")

return profile {
  slug = "coder",
  description = "Coding Pod: edits the workspace and runs commands, with deep reasoning",
  model = model,
  worker = {
    reasoning = "high",
    max_turns = 400,
    tools = common.tools("read", "write", "shell"),
  },
  compaction = common.compaction(model),
  memory = { enabled = true },
  permissions = { approval = "on-request", network = false },
  session = { idle_timeout_minutes = 120 },
  scope = scope.workspace_write(),
  instructions = { common.prompt("coder") },
  -- Secrets are referenced, never written here. To give the Pod a token, add
  --   env = { GITHUB_TOKEN = require("insomnia.secrets").env("GITHUB_TOKEN") },
  -- and the launcher reads GITHUB_TOKEN from its own environment when the Pod starts.
}
