package dev.insomnia.cli;

import java.util.Map;

/**
 * picocli's documented system properties that the command line sets before its first {@link
 * picocli.CommandLine}: each skips start-up work this program never needs (docs/decisions.md,
 * "picocli's cold start"). A property the user set with {@code -D} is left as it is.
 */
final class PicocliSettings {
  /** Property, value, and why. */
  static final Map<String, String> DEFAULTS =
      Map.of(
          // picocli registers a converter for every java.sql and java.time type it knows,
          // initialising each class (java.time.MonthDay builds date formatters): ~10 ms of a
          // cold start's main thread. No option here has such a type; Path stays registered.
          "picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*",
          // Its default factory looks up groovy.lang.Closure once, a failed lookup that asks
          // every jar on the class path (~8 ms cold). No command is a Groovy closure.
          "picocli.disable.closures", "true");

  private PicocliSettings() {}

  static void apply() {
    DEFAULTS.forEach(System.getProperties()::putIfAbsent);
  }
}
