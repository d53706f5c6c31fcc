-- a module that never finishes loading
while true do end
