-- expect: ok \{"answer":42,"same":true\}
local a = require("modules.shared")
local b = require("modules.shared")
return { answer = a.answer, same = a == b }
