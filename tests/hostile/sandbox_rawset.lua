-- expect: sandbox.denied
-- attack: write around a read-only proxy with rawset
rawset(string, "rep", function() return "" end)
return {}
