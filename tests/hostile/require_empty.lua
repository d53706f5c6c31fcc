-- expect: require.invalid-name
-- attack: the empty module name (the profile directory itself)
return require("")
