-- A bad argument is reported at the profile's line, not inside the host module.
local compact = require("insomnia.compact")

return { compaction = compact.ratio(1.5) }
