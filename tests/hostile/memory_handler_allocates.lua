-- expect: limit.memory
-- limits: memory=8388608
-- attack: an xpcall message handler that allocates after memory ran out
xpcall(function()
  local t = {}
  while true do t[#t + 1] = ("y"):rep(1000) .. #t end
end, function(e) return ("z"):rep(1 << 20) end)
return {}
