-- expect: error lua.runtime
error("boom")
