package dev.insomnia.blackbox;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up work stays in the class-data-sharing archive the build trains
 * (docs/performance.md, "Cold start"): on the main path every class of picocli and of the
 * project comes from the archive, none from a jar. This is what breaks if picocli's class
 * files stop being re-targeted (the JDK never archives Java 5 class files) or the archive no
 * longer matches the launcher's class path.
 */
class StartupArchiveTest {
  @TempDir Path root;

  @Test
  void picocliAndProjectClassesLoadFromTheArchive() throws Exception {
    Path log = root.resolve("class-load.log");
    Launcher launcher = logging("class+load", log);
    Launcher.Result result = launcher.run("--profile", "default", "--dry-run", "--json");
    assertEquals(0, result.exit(), result::toString);

    List<String> lines = Files.readAllLines(log);
    List<String> picocli = loadsOf(lines, "picocli.");
    assertTrue(picocli.size() > 50, "picocli classes should load on the main path: " + picocli);
    assertTrue(loadsOf(lines, "dev.insomnia.").size() > 50, "project classes should load");
    List<String> fromJars =
        lines.stream()
            .filter(line -> line.contains(" picocli.") || line.contains(" dev.insomnia."))
            // the JDK's own lambda proxies are hidden classes; ours are classes (decision 26)
            .filter(line -> !(line.contains("$$Lambda") && line.contains("/0x")))
            .filter(line -> !line.contains("source: shared objects file"))
            .collect(Collectors.toList());
    assertTrue(
        fromJars.isEmpty(),
        () -> fromJars.size() + " classes loaded outside the class-data archive, first: "
            + fromJars.subList(0, Math.min(10, fromJars.size())));
  }

  /**
   * The launcher's flags keep JDK 17's archived module graph (decision 29): it needs G1 and no
   * module option on the command line ({@code --enable-native-access} is one; the jar's manifest
   * says it instead).
   */
  @Test
  void theArchiveCarriesTheModuleGraph() throws Exception {
    Path log = root.resolve("cds.log");
    Launcher launcher = logging("cds=info", log);
    Launcher.Result result = launcher.run("--version");
    assertEquals(0, result.exit(), result::toString);
    String cds = Files.readString(log);
    assertTrue(cds.contains("full module graph: enabled"), cds);
  }

  /**
   * javac's default string concatenation is an invokedynamic call site per shape, and
   * bootstrapping them cost ~7% of a cold run's instructions; the build compiles with
   * {@code -XDstringConcat=inline} (docs/decisions.md 19). Checked on the shipped jars.
   */
  @Test
  void projectClassesUseNoInvokedynamicStringConcatenation() throws Exception {
    Path lib = Launcher.BINARY.getParent().resolveSibling("lib");
    List<String> offenders = new ArrayList<>();
    try (var jars = Files.list(lib)) {
      List<Path> ours =
          jars.filter(p -> p.getFileName().toString().startsWith("insomnia-")).toList();
      for (Path jar : ours) {
        try (var zip = new ZipFile(jar.toFile())) {
          for (var entry : Collections.list(zip.entries())) {
            if (!entry.getName().endsWith(".class")) continue;
            byte[] bytes = zip.getInputStream(entry).readAllBytes();
            String text = new String(bytes, ISO_8859_1);
            if (text.contains("makeConcatWithConstants")) {
              offenders.add(jar.getFileName() + "!" + entry.getName());
            }
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  private static List<String> loadsOf(List<String> lines, String packagePrefix) {
    return lines.stream().filter(line -> line.contains(" " + packagePrefix)).toList();
  }

  /** The launcher on the JVM that ran the build (which trained the archive), logging to a file. */
  private Launcher logging(String what, Path log) throws java.io.IOException {
    return new Launcher(root)
        .env("JAVA_HOME", System.getProperty("java.home"))
        .env("INSOMNIA_JAVA_OPTS", "-Xlog:" + what + ":file=" + log);
  }
}
