-- expect: limit.memory
-- limits: memory=8388608
-- attack: the memory cap holds for a module too: its top level allocates without end
return require("memory_module_cache.hog")
