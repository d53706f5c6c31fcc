-- expect: sandbox.denied
-- attack: steer the collector (results would depend on its timing)
collectgarbage("stop")
return { slug = "x", n = collectgarbage("count") }
