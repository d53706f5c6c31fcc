-- expect: error lua.result
return { s = "\xff\xfe" }
