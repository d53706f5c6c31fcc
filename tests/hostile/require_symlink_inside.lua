-- expect: ok
-- native: skip
-- symlink: require_symlink_inside_link.lua -> require_module/inner.lua
-- attack: a symlink that stays inside the directory is followed (the control case for the escapes)
local inner = require("require_symlink_inside_link")
return { slug = inner.slug, model = { provider = "p", id = "m", context_window = 100000 } }
