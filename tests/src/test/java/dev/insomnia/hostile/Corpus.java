package dev.insomnia.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hostile corpus, {@code tests/hostile/}: every {@code *.lua} directly in it is a case;
 * subdirectories hold the modules cases require. Cases run on a copy, where the runner
 * creates the symlinks the cases declare and a directory outside the copy for them to
 * point at.
 */
final class Corpus {
  /** The corpus in the source tree (tests run in the tests module's directory). */
  static final Path SOURCE = Path.of("hostile");

  /** What {@code {outside}/secret.lua} holds: a valid profile, so only a refusal stops it. */
  private static final String OUTSIDE_SECRET =
      "return { slug = \"escaped\", model = { provider = \"p\", id = \"m\","
          + " context_window = 100000 } }\n";

  private Corpus() {}

  /** Every case, by file name. */
  static List<HostileCase> cases() throws IOException {
    List<HostileCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCE)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".lua") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          cases.add(HostileCase.read(file));
        }
      }
    }
    return List.copyOf(cases);
  }

  /** Every symlink in the source tree (there must be none: the runner makes them). */
  static List<Path> committedSymlinks() throws IOException {
    try (Stream<Path> all = Files.walk(SOURCE)) {
      return all.filter(Files::isSymbolicLink).toList();
    }
  }

  /**
   * Copies the corpus to {@code root/corpus}, creates {@code root/outside} (with {@code
   * secret.lua}) and the symlinks of {@code cases}; returns the copy's directory.
   */
  static Path copyTo(Path root, List<HostileCase> cases) throws IOException {
    Path copy = root.resolve("corpus");
    try (Stream<Path> all = Files.walk(SOURCE)) {
      for (Path from : all.sorted(Comparator.naturalOrder()).toList()) {
        Path to = copy.resolve(SOURCE.relativize(from).toString());
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
    Path outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.lua"), OUTSIDE_SECRET, StandardCharsets.UTF_8);
    for (HostileCase c : cases) {
      for (Symlink link : c.symlinks()) {
        Files.createSymbolicLink(copy.resolve(link.link()), link.targetIn(outside));
      }
    }
    return copy;
  }
}
