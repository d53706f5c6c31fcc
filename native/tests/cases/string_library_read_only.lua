-- expect: error sandbox.denied
string.upper = nil
