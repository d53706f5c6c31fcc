-- a module that fails while loading
error({ "a table error from a module" })
