-- expect: profile.runtime-error
-- attack: setmetatable on _ENV (the protected globals) to intercept every global access
setmetatable(_ENV, { __index = function(_, k) return k end })
return {}
