-- expect: error require.invalid-name
return require("../etc/passwd")
