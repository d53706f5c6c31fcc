-- a package-style host module: "insomnia" from insomnia/init.lua
return { version = "test" }
