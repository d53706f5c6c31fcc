-- expect: ok true
return undefined_name == nil
