-- expect: ok
-- attack: math.random must give the same sequence in every evaluation (the runner compares two manifests)
local parts = {}
for i = 1, 8 do parts[i] = string.format("%02x", math.random(0, 255)) end
return {
  slug = "random-" .. table.concat(parts),
  description = tostring(math.random()) .. " " .. tostring(math.random(1, 1000000)),
  model = { provider = "p", id = "m", context_window = 100000 + math.random(0, 1000) },
}
