-- expect: profile.runtime-error
-- attack: a fresh local _ENV, hoping removed libraries reappear in it
local _ENV = {}
return { slug = "x", description = os.getenv("HOME") }
