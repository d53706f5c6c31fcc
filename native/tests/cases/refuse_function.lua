-- expect: error lua.result
return { worker = { tools = { "a", "b", function() end } } }
