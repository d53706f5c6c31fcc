package dev.insomnia.manifest;

import java.util.Optional;

/**
 * The builtin prompt assets, by ref ({@code $insomnia/prompts/coder.md}): their bytes, or
 * empty when there is no such asset. Resolution records the SHA-256 of the bytes.
 */
@FunctionalInterface
public interface PromptAssets {
  Optional<byte[]> read(String ref);
}
