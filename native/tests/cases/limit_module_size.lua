-- expect: error limit.instructions
-- args: --instructions 50000
-- reading and compiling a module is charged by its size (64 KiB here), so one large file
-- required under many names cannot run unbounded between two hook calls
return require("modules.large")
