package dev.insomnia.diagnostics;

/**
 * Renders the catalog as the Markdown table of docs/diagnostics.md, so the docs cannot drift
 * from the code: a test compares the checked-in file with this output.
 */
public final class DiagnosticsTable {
  private DiagnosticsTable() {}

  public static String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("# Diagnostic codes\n\n");
    s.append("Generated from `java/src/main/java/dev/insomnia/diagnostics/DiagnosticCode.java`")
        .append(" and `messages.properties`; do not edit by hand (run\n")
        .append("`mvn -pl java test -Dtest=DiagnosticsTableTest -Dinsomnia.docs.write=true`).\n\n");
    s.append("| code | when | what to do |\n|---|---|---|\n");
    for (DiagnosticCode code : DiagnosticCode.values()) {
      s.append("| `").append(code.code()).append("` | ")
          .append(cell(Messages.when(code))).append(" | ")
          .append(cell(Messages.template(code, "help"))).append(" |\n");
    }
    return s.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
