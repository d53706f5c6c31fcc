-- expect: profile.runtime-error
-- attack: an error object whose __tostring raises again
error(setmetatable({}, { __tostring = function() error("again") end }))
