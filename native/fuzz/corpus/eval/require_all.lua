local host, pre = require("host"), require("pre")
local ok1, e1 = pcall(require, "cyc.a")
local ok2, e2 = pcall(require, "broken")
local ok3, e3 = pcall(host.check, "x")
local ok4 = pcall(require, "custom")
return {v = host.version, p = pre.id(1, 2), twice = require("twice"), errs = {tostring(e1), tostring(e2), tostring(e3)}, n = require("nothing")}
