-- expect: require.invalid-name
-- attack: an absolute path as a module name
return require("/etc/passwd")
