-- expect: ok "require\.not-found"
local ok, err = pcall(require, "modules.nope")
return err.code
