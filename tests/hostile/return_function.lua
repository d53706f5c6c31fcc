-- expect: profile.return
-- attack: return a function instead of a table
return function() return {} end
