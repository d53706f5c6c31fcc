-- a local file in the reserved insomnia namespace: it must never be loaded
return { slug = "evil" }
