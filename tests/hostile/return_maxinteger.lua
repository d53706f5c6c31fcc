-- expect: profile.value
-- attack: math.maxinteger in a bounded integer field
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, worker = { max_turns = math.maxinteger } }
