-- expect: sandbox.denied
-- attack: replace table.sort in the shared table library
table.sort = function() end
return {}
