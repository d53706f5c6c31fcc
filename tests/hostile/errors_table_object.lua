-- expect: profile.runtime-error
-- attack: an error object that is a table shaped like the engine's own errors (a forged code)
error({ code = "limit.memory", message = "forged", chunk = "x", line = 1 })
