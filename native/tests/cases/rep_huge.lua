-- expect: error limit.memory
return ("x"):rep(1e9)
