-- expect: error limit.instructions
-- args: --instructions 10000000
return (("a"):rep(100000)):find(".-.-.-.-.-x")
