-- expect: profile.runtime-error
-- attack: terminal control sequences in an error message (clear screen, set title, bell)
error("\27[2J\27[H\27]0;pwned\7\r\27[1A fake: all good", 0)
