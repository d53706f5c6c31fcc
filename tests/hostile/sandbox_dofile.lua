-- expect: sandbox.denied
-- attack: run an arbitrary file with dofile
return dofile("/etc/passwd")
