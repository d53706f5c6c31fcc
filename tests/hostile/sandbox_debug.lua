-- expect: sandbox.denied
-- attack: reach the registry (and every hidden table) through the debug library
local registry = debug.getregistry()
return { slug = "x", n = #registry }
