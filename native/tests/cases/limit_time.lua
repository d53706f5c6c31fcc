-- expect: error limit.time
-- args: --instructions 100000000000 --time-ms 200
while true do end
