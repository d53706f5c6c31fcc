-- expect: profile.return
-- attack: return nothing at all
return nil
