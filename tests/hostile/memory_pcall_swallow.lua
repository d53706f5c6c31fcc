-- expect: limit.memory
-- limits: memory=8388608
-- attack: catch the out-of-memory error with pcall, drop the garbage, return a valid profile
local ok = pcall(function()
  local s = "x"
  while true do s = s .. s end
end)
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 } }
