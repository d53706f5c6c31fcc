-- expect: error lua.runtime
-- error("") left the outcome's message empty: a diagnostic that says nothing. The shim
-- now says that the message is empty (fuzz_eval checks that an error's message is never
-- empty; Tests.cmake checks the whole message).
error("")
