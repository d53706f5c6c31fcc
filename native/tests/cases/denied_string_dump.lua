-- expect: error sandbox.denied
return string.dump(function() end)
