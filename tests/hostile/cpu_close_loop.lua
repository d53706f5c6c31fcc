-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: a loop inside __close, run when the block is left (and again while an error unwinds)
do
  local guard <close> = setmetatable({}, { __close = function() while true do end end })
end
return {}
