-- expect: ok "a\\"b\\\\n\\u0001"
return "a\"b\\n\1"
