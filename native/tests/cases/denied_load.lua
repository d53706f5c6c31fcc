-- expect: error sandbox.denied
return load("return 1")()
