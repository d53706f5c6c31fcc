package dev.insomnia.soak;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JVM's own accounting of its native memory (Native Memory Tracking, when the JVM runs
 * with {@code -XX:NativeMemoryTracking=summary}), read through the diagnostic-command bean as
 * {@code jcmd PID VM.native_memory} would. RSS minus what the JVM has committed is, roughly,
 * the memory of everything else in the process: the C heap the shim and Lua allocate from.
 */
final class NativeMemoryTracking {
  private static final Pattern TOTAL = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB");

  /** The JVM's own malloc'd bytes, on the line after the total. */
  private static final Pattern MALLOC = Pattern.compile("^\\s*malloc: (\\d+)KB", Pattern.MULTILINE);

  /** A category line of a diff whose committed size changed, e.g. "committed=1234KB +56KB". */
  private static final Pattern CHANGED = Pattern.compile("^-\\s+.*committed=\\d+KB [+-]\\d+KB.*$");

  private NativeMemoryTracking() {}

  /** What the JVM has committed, if tracking is on. */
  static OptionalLong committedBytes() {
    Matcher m = TOTAL.matcher(command("summary"));
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
  }

  /** What the JVM has allocated from the C heap itself, if tracking is on. */
  static OptionalLong mallocBytes() {
    Matcher m = MALLOC.matcher(command("summary"));
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
  }

  /** Makes now the point {@link #changesSinceBaseline} compares with (if tracking is on). */
  static void baseline() {
    if (committedBytes().isPresent()) command("baseline");
  }

  /** The total and every category whose committed size changed since the baseline. */
  static String changesSinceBaseline() {
    return command("summary.diff").lines()
        .filter(l -> l.startsWith("Total:") || CHANGED.matcher(l).matches())
        .map(String::strip)
        .collect(Collectors.joining("\n"));
  }

  private static String command(String argument) {
    try {
      return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
          new Object[] {new String[] {argument}}, new String[] {String[].class.getName()}));
    } catch (JMException e) {
      return "";
    }
  }
}
