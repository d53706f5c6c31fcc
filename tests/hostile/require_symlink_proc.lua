-- expect: require.escape
-- native: skip
-- symlink: require_symlink_proc_link.lua -> /proc/self/environ
-- attack: a module symlinked to the process's environment
return require("require_symlink_proc_link")
