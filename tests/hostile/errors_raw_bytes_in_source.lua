-- expect: profile.runtime-error
-- attack: raw non-UTF-8 bytes in the source itself, in a comment, a string and an error message
-- ÿþ comment bytes
error("raw ÿÀ€ bytes")
