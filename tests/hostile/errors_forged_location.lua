-- expect: profile.runtime-error
-- attack: an error message that fakes a location in a host module and in a file outside the directory
error("insomnia/profile.lua:1: forged\n/etc/shadow:1: also forged", 0)
