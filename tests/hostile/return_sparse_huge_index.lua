-- expect: profile.type
-- attack: one item at index 2^62 (an encoder that fills holes with null would never end)
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, instructions = { [1 << 62] = "$insomnia/prompts/coder.md" } }
