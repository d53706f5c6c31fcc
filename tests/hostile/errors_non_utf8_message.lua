-- expect: profile.runtime-error
-- attack: an error message of bytes that are not UTF-8, cut in the middle of a sequence too
error("bad \xff\xfe\xc3 bytes " .. ("\xe2\x82"):rep(600))
