-- expect: require.escape
-- native: skip
-- symlink: require_symlink_dir_link -> {outside}
-- attack: a directory symlink out of the profile directory, required through a dotted name
return require("require_symlink_dir_link.secret")
