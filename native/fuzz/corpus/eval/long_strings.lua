local a = [==[
long ]] string ]=] here
]==]
--[[ block
comment ]]
return {a = a, b = #a, c = ("%q"):format(a), d = a:byte(1, -1)}
