-- not init.lua: the directory alone is not a module
return {}
