-- expect: require.invalid-name
-- attack: a module name far longer than any path component allows
return require(("a"):rep(100000))
