-- expect: sandbox.denied
-- attack: the utf8 library, removed
return { slug = utf8.char(0x41) }
