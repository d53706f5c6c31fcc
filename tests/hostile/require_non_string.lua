-- expect: profile.runtime-error
-- attack: require with a table argument
return require({})
