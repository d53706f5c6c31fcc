-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: catch the limit error with pcall and carry on returning a valid profile
for i = 1, 10 do pcall(function() while true do end end) end
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 } }
