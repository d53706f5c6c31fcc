-- expect: require.invalid-name
-- attack: require with a number (converted to the string "42", which is not a name)
return require(42)
