package dev.insomnia.schema;

/** A 1-based line and column in a source file (TOML gives them; JSON from Lua has none). */
public record SourcePosition(int line, int column) {}
