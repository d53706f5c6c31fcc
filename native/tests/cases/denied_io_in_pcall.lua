-- expect: ok "sandbox\.denied"
local ok, err = pcall(function() return io.open("/etc/passwd") end)
return err.code
