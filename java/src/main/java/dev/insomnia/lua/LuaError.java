package dev.insomnia.lua;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why an evaluation failed.
 *
 * @param code a stable code: {@code lua.syntax}, {@code lua.runtime}, {@code lua.result},
 *     {@code limit.memory|instructions|time}, {@code sandbox.denied}, {@code require.*}, {@code
 *     engine.callback-failed}, or a code a {@link ModuleResolver} refused with
 * @param message what happened, without the location
 * @param chunk the chunk (file) where it happened, as Lua names it ({@code coder.lua})
 * @param line the line in that chunk
 * @param path for {@code lua.result}: the Lua path of the value that has no JSON form
 */
public record LuaError(
    String code, String message, Optional<String> chunk, OptionalInt line, Optional<String> path) {}
