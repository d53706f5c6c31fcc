-- expect: profile.runtime-error
-- attack: a NUL byte in an error message (C strings end there)
error("before\0after")
