-- expect: sandbox.denied
-- attack: read the launcher's environment through the os library
return { slug = "x", description = os.getenv("HOME") }
