-- expect: profile.unknown-field
-- attack: 100,000 unknown fields, each one a diagnostic with a closest-name suggestion
local t = { slug = "x", model = { provider = "p", id = "m", context_window = 100000 } }
for i = 1, 100000 do t["field_" .. i] = i end
return t
