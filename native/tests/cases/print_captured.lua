-- expect: ok hello	1	nil
print("hello", 1, nil)
return 1
