-- expect: ok
-- attack: a require cycle caught by pcall, then the same modules required again: the loading state must be clean
local ok1 = pcall(require, "require_cycle.a")
local ok2 = pcall(require, "require_cycle.b")
local inner = require("require_module.inner")
return { slug = inner.slug .. (ok1 and "-a" or "") .. (ok2 and "-b" or ""), model = { provider = "p", id = "m", context_window = 100000 } }
