-- expect: error sandbox.denied
return os.getenv("HOME")
