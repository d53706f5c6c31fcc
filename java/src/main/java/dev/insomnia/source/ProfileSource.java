package dev.insomnia.source;

import java.util.Optional;

/**
 * A selected profile: what the user asked for, which source it came from, where its main file
 * is, and the registry's description when it has one. Discovery produces it; evaluation
 * consumes it.
 *
 * @param selector the selector as given ({@code default}, {@code project:coder}, {@code
 *     ./coder.lua})
 */
public record ProfileSource(
    String selector, Origin origin, ProfileLocation location, Optional<String> description) {}
