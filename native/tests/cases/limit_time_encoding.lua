-- expect: error limit.time
-- args: --time-ms 300
-- One table whose 2^18 slots were filled and emptied, referenced 10^5 times: the encoder
-- scans all the slots at every reference, outside the VM where the hook never fires (25 s
-- or more of C work under a 300 ms limit). The encoder checks the deadline at every table.
local e = {}
for i = 1, 1 << 18 do e[i] = true end
for i = 1, 1 << 18 do e[i] = nil end
local r = {}
for i = 1, 100000 do r[i] = e end
return r
