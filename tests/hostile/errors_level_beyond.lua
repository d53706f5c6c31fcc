-- expect: profile.runtime-error
-- attack: error at a level beyond the stack (no location at all)
error("nowhere", 1000)
