-- expect: sandbox.denied
-- attack: reseed math.random (from the clock, say) to make evaluations differ
math.randomseed(42)
return {}
