package dev.insomnia.lua;

import java.lang.ref.Cleaner;

/**
 * The package's one {@link Cleaner}: its thread frees the native memory of preludes and
 * compiled chunks that became unreachable (one thread for both, not one per kind).
 */
final class NativeCleaner {
  static final Cleaner CLEANER = Cleaner.create();

  private NativeCleaner() {}
}
