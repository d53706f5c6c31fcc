local s = ("key = value; other=%d"):format(42)
local out = {}
for k, v in s:gmatch("(%w+)%s*=%s*(%w+)") do out[#out + 1] = k .. ":" .. v end
return {out, (s:gsub("%f[%w]%w+", string.upper)), s:find("%b()"), s:match("^(.-)=")}
