-- expect: profile.runtime-error
-- attack: unbounded non-tail recursion: must end as Lua's "stack overflow", not a crashed process
local function deeper(n) return 1 + deeper(n + 1) end
return { n = deeper(1) }
