-- expect: profile.type
-- attack: infinity where a number is expected
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { temperature = -math.huge } }
