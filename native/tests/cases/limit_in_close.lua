-- expect: error limit.instructions
-- args: --instructions 100000
do
  local x <close> = setmetatable({}, { __close = function() while true do end end })
end
