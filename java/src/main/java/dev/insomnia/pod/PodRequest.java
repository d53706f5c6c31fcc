package dev.insomnia.pod;

import java.util.Optional;

/**
 * Create a pod from a profile.
 *
 * @param selector the profile selector ({@code default}, {@code coder}, {@code ./x.lua}, ...)
 * @param podName the pod's name; generated as {@code <slug>-<8 hex>} when empty
 * @param dryRun resolve only: nothing is written
 */
public record PodRequest(String selector, Optional<String> podName, boolean dryRun) {}
