-- expect: error lua.syntax
return {
