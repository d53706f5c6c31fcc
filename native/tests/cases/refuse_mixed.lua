-- expect: error lua.result
return { "a", b = 1 }
