package dev.insomnia.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The generated parts of docs/security.md: the sandbox list (from ins_sandbox.c) and the
 * corpus table (from the corpus headers), each between {@code <!-- generated: NAME -->} and
 * {@code <!-- end of generated NAME -->}, as in docs/profiles.md.
 */
final class SecurityDocs {
  static final Path DOC = Path.of("..", "docs", "security.md");

  private SecurityDocs() {}

  /** The removed and replaced names with their reasons, then the names kept as they are. */
  static String sandboxRules(List<SandboxRule> rules) {
    StringBuilder md = new StringBuilder("| name | rule | why |\n|---|---|---|\n");
    List<String> kept = new ArrayList<>();
    for (SandboxRule rule : rules) {
      if (rule.kind().equals("KEEP")) {
        kept.add("`" + rule.qualifiedName() + "`");
        continue;
      }
      md.append("| `").append(rule.qualifiedName()).append("` | ")
          .append(rule.kind().equals("DENY") ? "removed" : "replaced").append(" | ")
          .append(rule.why().replace("|", "\\|")).append(" |\n");
    }
    return md.append("\nKept as the reference library defines them: ")
        .append(String.join(", ", kept)).append(".\n").toString();
  }

  /** Per category: how many cases, and how many end with each code (most frequent first). */
  static String corpusTable(List<HostileCase> cases) {
    Map<Category, Map<String, Integer>> codes = new EnumMap<>(Category.class);
    for (HostileCase c : cases) {
      codes.computeIfAbsent(c.category(), k -> new TreeMap<>())
          .merge(c.expectation().label(), 1, Integer::sum);
    }
    StringBuilder md = new StringBuilder("| category | cases | they end with |\n|---|---|---|\n");
    for (Map.Entry<Category, Map<String, Integer>> category : codes.entrySet()) {
      int total = category.getValue().values().stream().mapToInt(Integer::intValue).sum();
      String endings =
          category.getValue().entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
              .map(e -> "`" + e.getKey() + "` " + e.getValue())
              .collect(Collectors.joining(", "));
      md.append("| `").append(category.getKey().prefix()).append("_` | ").append(total)
          .append(" | ").append(endings).append(" |\n");
    }
    return md.append("| all | ").append(cases.size()).append(" | |\n").toString();
  }

  /** {@code doc} with the section {@code name} replaced by {@code content}. */
  static String replace(String doc, String name, String content) {
    String begin = "<!-- generated: " + name + " -->\n";
    String end = "<!-- end of generated " + name + " -->";
    int from = doc.indexOf(begin);
    int to = doc.indexOf(end, from);
    if (from < 0 || to < 0) {
      throw new IllegalStateException(DOC + " lacks the markers of the section '" + name + "'");
    }
    return doc.substring(0, from + begin.length()) + content + doc.substring(to);
  }
}
