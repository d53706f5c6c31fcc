-- expect: limit.instructions
-- limits: instructions=2000000
-- attack: an endless loop made of goto, no loop statement
::again::
goto again
