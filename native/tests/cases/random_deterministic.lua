-- expect: ok \[[0-9]+,[0-9]+,[0-9]+\]
return { math.random(1, 1000000), math.random(1, 1000000), math.random(1, 1000000) }
