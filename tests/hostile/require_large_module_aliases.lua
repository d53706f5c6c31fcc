-- expect: limit.instructions
-- limits: instructions=400000
-- native: skip
-- symlink: require_large_module/alias1.lua -> big.lua
-- symlink: require_large_module/alias2.lua -> big.lua
-- symlink: require_large_module/alias3.lua -> big.lua
-- symlink: require_large_module/alias4.lua -> big.lua
-- symlink: require_large_module/alias5.lua -> big.lua
-- symlink: require_large_module/alias6.lua -> big.lua
-- symlink: require_large_module/alias7.lua -> big.lua
-- symlink: require_large_module/alias8.lua -> big.lua
-- symlink: require_large_module/alias9.lua -> big.lua
-- symlink: require_large_module/alias10.lua -> big.lua
-- symlink: require_large_module/alias11.lua -> big.lua
-- symlink: require_large_module/alias12.lua -> big.lua
-- attack: one large module required under many names (symlinks inside the directory): each name reads and compiles it again
for i = 1, 12 do require("require_large_module.alias" .. i) end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 } }
