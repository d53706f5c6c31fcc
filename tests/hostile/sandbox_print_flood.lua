-- expect: ok
-- attack: flood print() output (captured and capped, never written to the terminal)
local line = ("\27[2J\27]0;pwned\7"):rep(100)
for i = 1, 20000 do print(line, i) end
return { slug = "print-flood", model = { provider = "p", id = "m", context_window = 100000 } }
