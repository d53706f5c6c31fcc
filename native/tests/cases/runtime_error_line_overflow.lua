-- expect: error lua.runtime
-- An error string that only looks located: a line past INT_MAX (or 0) is text, not a
-- location. It was read with atoi, undefined past INT_MAX: this one was reported as
-- message "b" at a:1, and "a:3000000000: b" at line -1294967296 (the fuzz harness's line
-- check; Tests.cmake checks the whole message).
error("a:4294967297: b", 0)
