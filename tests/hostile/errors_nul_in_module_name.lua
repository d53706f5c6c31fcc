-- expect: require.invalid-name
-- attack: a NUL byte in a module name (a C resolver would see only "errors_nul_in_module_name")
return require("errors_nul_in_module_name\0/../../etc/passwd")
