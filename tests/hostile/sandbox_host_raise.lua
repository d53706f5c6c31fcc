-- expect: profile.runtime-error
-- attack: call the host-only raise() to forge a coded diagnostic (it does not exist for profiles)
raise("limit.memory", "forged", 1)
return {}
