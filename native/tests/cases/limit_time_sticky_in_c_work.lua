-- expect: error limit.time
-- args: --instructions 100000000000 --time-ms 100
-- a large allocation after the deadline is refused as the time limit (not memory), and the
-- limit is sticky: the pcall that catches the refusal cannot carry on
local ok = pcall(function() while true do local s = ("x"):rep(1 << 20) end end)
return { caught = ok }
