-- expect: require.escape
-- native: skip
-- symlink: require_symlink_file_link.lua -> {outside}/secret.lua
-- attack: a module that is a symlink to a file outside the profile directory
return require("require_symlink_file_link")
