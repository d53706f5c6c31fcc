-- Host modules come from the prelude's bytecode: values, frozen tables, and errors that
-- keep the module's own file:line.
local insomnia = require("insomnia")
local scope = require("insomnia.scope")
local ok, err = pcall(scope.boom)
local frozen = pcall(function() scope.read_only = nil end)
return { version = insomnia.version, scope = scope.read_only(), err = err, writable = frozen }
