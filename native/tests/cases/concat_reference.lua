-- expect: ok \["1, 2, x, 3.5","b-c","","i1,i2,i3","invalid value \(table\) at index 2 in table for 'concat'","invalid value \(nil\) at index 1 in table for 'concat'"\]
-- table.concat (charged per item) keeps the reference's results and messages
local lying = setmetatable({}, {
  __len = function() return 3 end,
  __index = function(_, i) return "i" .. i end,
})
return {
  table.concat({ 1, 2, "x", 3.5 }, ", "),
  table.concat({ "a", "b", "c" }, "-", 2),
  table.concat({ "a", "b", "c" }, "-", 3, 2),
  table.concat(lying, ","),
  select(2, pcall(table.concat, { 1, {}, 3 })),
  select(2, pcall(table.concat, {}, "", 1, 2)),
}
