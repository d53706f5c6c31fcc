-- expect: error sandbox.denied
rawset(_G, "x", 1)
