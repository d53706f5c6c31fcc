-- expect: limit.memory
-- limits: memory=8388608
-- attack: deep recursion with many live locals, growing the Lua stack until the heap cap
local function deeper(n)
  local a, b, c, d, e, f, g, h = n, n, n, n, n, n, n, n
  return deeper(n + 1) + a + b + c + d + e + f + g + h
end
return { n = deeper(1) }
