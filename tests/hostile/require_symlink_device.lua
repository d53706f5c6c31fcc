-- expect: require.not-found
-- native: skip
-- symlink: require_symlink_device_link.lua -> /dev/zero
-- attack: a module that is an endless device (reading it would never end)
return require("require_symlink_device_link")
