-- expect: error limit.instructions
-- args: --instructions 100000
while true do end
