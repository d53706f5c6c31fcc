-- expect: sandbox.denied
-- attack: replace a string library function that host modules also use
string.find = function() return 1 end
return {}
