-- expect: sandbox.denied
-- attack: redefine a math constant in the shared math library
math.pi = 3
return {}
