-- a module that does not parse
return { ]]
