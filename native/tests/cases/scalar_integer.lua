-- expect: ok 42
return 42
