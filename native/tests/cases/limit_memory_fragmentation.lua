-- expect: error limit.memory
-- args: --memory 4000000
-- Fill the small size classes one after another, freeing each before the next: free lists
-- of one class cannot serve another, so only the arena's chunk bound stops this.
for _, width in ipairs({ 1, 20, 40, 70, 100, 150, 200, 300, 450 }) do
  local t = {}
  for i = 1, 1e7 do t[i] = ("x"):rep(width) .. i end
  t = nil
end
