package dev.insomnia.modules;

import dev.insomnia.lua.ModuleAnswer;

/**
 * One host module as served: its name, the chunk name Lua reports ({@code
 * insomnia/models.lua}, without the {@code @}), the answer handed to the engine (trusted,
 * bytes shared read-only) and the SHA-256 of its source.
 */
record HostModule(String name, String chunkName, ModuleAnswer.Source answer, String sha256) {}
