-- expect: profile.secret
-- attack: a credential-shaped string in an innocent field
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, description = "ghp_0123456789abcdefghijABCDEFGHIJ012345" }
