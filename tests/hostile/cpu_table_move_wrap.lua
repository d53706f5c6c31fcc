-- expect: profile.runtime-error
-- attack: table.move over the whole integer range, whose element count wraps to 0 in unsigned arithmetic
table.move({}, math.mininteger, math.maxinteger, 1)
return {}
