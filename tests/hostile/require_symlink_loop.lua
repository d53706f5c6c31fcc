-- expect: require.not-found
-- native: skip
-- symlink: require_symlink_loop_a.lua -> require_symlink_loop_b.lua
-- symlink: require_symlink_loop_b.lua -> require_symlink_loop_a.lua
-- attack: a symlink loop where the module should be
return require("require_symlink_loop_a")
