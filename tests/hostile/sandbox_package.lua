-- expect: sandbox.denied
-- attack: replace a loaded module or add a searcher through the package library
package.loaded["insomnia.profile"] = function(t) return t end
return {}
