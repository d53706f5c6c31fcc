-- expect: error lua.result
return { [1] = "a", [3] = "c" }
