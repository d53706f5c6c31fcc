-- expect: require.not-found
-- attack: a directory named like the module, without init.lua
return require("require_dir_without_init.lonely")
