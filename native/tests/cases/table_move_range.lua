-- expect: error limit.instructions
-- args: --instructions 10000000
return table.move({}, 1, 1e12, 2)
