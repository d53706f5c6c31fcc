local ok, err = pcall(require, "self")
return {ok = ok, err = tostring(err)}
