-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: the plainest endless loop
while true do end
