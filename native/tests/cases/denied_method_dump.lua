-- expect: error sandbox.denied
return ("x"):dump()
