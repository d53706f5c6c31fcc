-- expect: ok 1\.0
return 1.0
