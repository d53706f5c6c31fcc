-- expect: ok
-- attack: a __len that answers 1, then math.maxinteger: if table.remove read #t twice (once to charge, once to loop) the loop would run unbounded
local calls = 0
local t = setmetatable({ "a" }, { __len = function()
  calls = calls + 1
  return calls == 1 and 1 or math.maxinteger
end })
local removed = table.remove(t, 1)
return { slug = "len-" .. calls .. "-" .. removed, model = { provider = "p", id = "m", context_window = 100000 } }
