-- expect: profile.runtime-error
-- attack: error() with nil
error()
