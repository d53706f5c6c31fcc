--[[
insomnia: every host module in one table.

  local insomnia = require("insomnia")
  return insomnia.profile {
    slug = "example",
    model = insomnia.models.catalog("codex-oauth/gpt-5.5"),
    scope = insomnia.scope.read_only(),
  }

The fields are the modules themselves: insomnia.models is require("insomnia.models").
`version` is the version of this host module API (not of the build): it changes when what
the host modules accept or return changes, so a profile's provenance digest stays the same
across releases that leave them alone.
]]

return {
  version = "1",
  profile = require("insomnia.profile"),
  models = require("insomnia.models"),
  compact = require("insomnia.compact"),
  scope = require("insomnia.scope"),
  secrets = require("insomnia.secrets"),
}
