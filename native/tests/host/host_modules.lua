-- Uses the host modules that need no data from Java (insomnia.models' catalog does).
local profile = require("insomnia.profile")
local compact = require("insomnia.compact")
local scope = require("insomnia.scope")
local secrets = require("insomnia.secrets")

local window = 200000
return profile {
  slug = "smoke",
  model = { provider = "local", id = "m", context_window = window },
  compaction = compact.tokens(window * 3 // 4),
  scope = scope.workspace_write { protect = { ".git", "secrets" } },
  env = { API_TOKEN = secrets.env("API_TOKEN") },
  same = require("insomnia.scope") == scope,
}
