-- expect: ok \{"a":"","b":"","c":"ab,ab,ab","d":""\}
-- string.rep of empty strings returns at once (the reference would loop n times)
return {
  a = ("").rep("", math.maxinteger),
  b = string.rep("", math.maxinteger, ""),
  c = ("ab"):rep(3, ","),
  d = ("x"):rep(0),
}
