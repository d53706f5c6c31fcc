-- expect: require.invalid-name
-- attack: climb out of the profile directory with '..'
return require("..")
