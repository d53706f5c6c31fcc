-- expect: ok \{\}
return {}
