-- a harmless module inside the directory
return { slug = "inner" }
