-- expect: profile.unknown-field
-- attack: field names made of JSON and terminal metacharacters
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, ["\"}],{\\\n\27[31m"] = 1 }
