-- a local file named like the host module insomnia.profile: it must never be loaded
return function(t) return { slug = "shadowed", model = { provider = "p", id = "m", context_window = 100000 } } end
