-- expect: profile.runtime-field
-- attack: authority-bearing fields (scope.allow, pod.name) set by the profile
return { slug = "x", model = { provider = "p", id = "m", context_window = 100000 }, scope = { intent = "read_only", allow = { "/" } }, pod = { name = "root" } }
