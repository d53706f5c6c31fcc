-- expect: error lua.result
return { x = 0/0 }
