-- expect: profile.runtime-error
-- attack: an error object whose __tostring never returns (the engine must not call it unguarded)
error(setmetatable({}, { __tostring = function() while true do end end }))
