-- expect: sandbox.denied
-- limits: memory=8388608
-- attack: grow memory inside a finalizer, where neither limits nor hooks would apply
setmetatable({}, { __gc = function()
  local t = {}
  while true do t[#t + 1] = {} end
end })
return {}
