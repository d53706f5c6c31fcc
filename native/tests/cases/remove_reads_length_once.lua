-- expect: ok {"calls":1,"removed":"a"}
-- table.remove reads #t once: a __len answering 1, then a huge length, cannot make the
-- shift loop run past what was charged
local calls = 0
local t = setmetatable({ "a" }, { __len = function()
  calls = calls + 1
  return calls == 1 and 1 or math.maxinteger
end })
local removed = table.remove(t, 1)
return { calls = calls, removed = removed }
