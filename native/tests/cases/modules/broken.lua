local x = 1
error("broken module")
