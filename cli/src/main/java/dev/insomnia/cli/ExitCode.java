package dev.insomnia.cli;

/** The exit codes of CONTRACT.md. */
final class ExitCode {
  /** Success. */
  static final int OK = 0;

  /** An unexpected internal failure: a bug. */
  static final int BUG = 1;

  /** A command-line usage error, conflicting flags included. */
  static final int USAGE = 2;

  /** Input rejected with diagnostics: profile, registry, manifest, snapshot or selector. */
  static final int REJECTED = 3;

  private ExitCode() {}
}
