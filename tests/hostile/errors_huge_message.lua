-- expect: profile.runtime-error
-- attack: a 1 MB error message (copied across C and into a diagnostic)
error(("x"):rep(1 << 20))
