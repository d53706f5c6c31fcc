package dev.insomnia.cli;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.discovery.DiscoveredProfile;
import dev.insomnia.discovery.Discovery;
import dev.insomnia.manifest.PodManifest;
import dev.insomnia.pod.CheckResult;
import dev.insomnia.pod.PodResult;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything a command prints. Results go to stdout (JSON with {@code --json}); diagnostics,
 * warnings and what a profile printed go to stderr, so stdout stays parseable.
 */
final class Output {
  private final Console console;
  private final boolean json;
  private final Style style;

  Output(Console console, boolean json) {
    this.console = console;
    this.json = json;
    this.style = console.style();
  }

  private PrintWriter out() {
    return console.out();
  }

  private PrintWriter err() {
    return console.err();
  }

  /** Diagnostics of rejected input: exit 3. */
  int rejected(List<Diagnostic> diagnostics) {
    err().print(
        json
            ? DiagnosticRenderer.json(diagnostics)
            : new DiagnosticRenderer(style, SourceLines.fromDisk()).human(diagnostics));
    err().flush();
    return ExitCode.REJECTED;
  }

  private void warnings(List<Diagnostic> warnings) {
    if (warnings.isEmpty() || json) return;
    err().print(new DiagnosticRenderer(style, SourceLines.fromDisk()).human(warnings));
  }

  /** The profile's print() output, each line prefixed with its slug, on stderr. */
  private void printed(String slug, String text) {
    if (text.isEmpty()) return;
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) err().println("[" + slug + "] " + TerminalText.safe(line));
    }
  }

  int pod(PodResult result) {
    PodManifest m = result.manifest();
    printed(m.profile().slug(), result.printed());
    warnings(result.warnings());
    if (json) {
      out().println(new String(result.manifestJson(), StandardCharsets.UTF_8));
    } else {
      summary(result);
    }
    out().flush();
    err().flush();
    return ExitCode.OK;
  }

  private void summary(PodResult result) {
    PodManifest m = result.manifest();
    String verb =
        switch (result.action()) {
          case CREATED -> "created pod";
          case RESOLVED -> "resolved (dry run, nothing stored) pod";
          case RESTORED -> "restored pod";
          case ADOPTED -> "adopted pod";
        };
    var source = m.profile().source();
    out().println(style.emphasis(verb + " " + m.pod().name()) + " from "
        + source.origin().label() + " " + source.selector() + " (" + source.path() + ")");
    row("profile", m.profile().slug() + (m.profile().description().isEmpty() ? ""
        : " — " + m.profile().description()));
    row("model", m.model().provider() + "/" + m.model().id() + " (context "
        + m.model().contextWindow() + " tokens, compaction at "
        + m.compaction().triggerTokens() + ")");
    row("worker", "reasoning " + m.worker().reasoning().label());
    var scope = m.scope();
    StringBuilder s = new StringBuilder(scope.intent().label()).append(": ");
    s.append(scope.access().label());
    if (!scope.allow().isEmpty()) s.append(' ').append(join(scope.allow()));
    if (!scope.deny().isEmpty()) s.append(", not ").append(join(scope.deny()));
    row("scope", s.toString());
    if (!m.instructions().isEmpty()) {
      row("prompts", String.join(", ", m.instructions().stream().map(i -> i.ref()).toList()));
    }
    result.snapshot().ifPresent(p -> row("snapshot", p.toString()));
    result.sessionId().ifPresent(id -> row("session", id));
  }

  private static String join(List<java.nio.file.Path> paths) {
    return String.join(" ", paths.stream().map(java.nio.file.Path::toString).toList());
  }

  private void row(String label, String value) {
    out().printf("  %-9s %s%n", label, value);
  }

  int listing(Discovery discovery) {
    warnings(discovery.warnings());
    if (json) {
      out().println(ProfileListingJson.write(discovery));
    } else {
      List<DiscoveredProfile> profiles = discovery.profiles();
      int width = profiles.stream().mapToInt(p -> p.qualifiedName().length()).max().orElse(4);
      int pathWidth =
          profiles.stream().mapToInt(p -> p.location().display().length()).max().orElse(4);
      for (DiscoveredProfile p : profiles) {
        String mark = p.isDefault() ? "*" : " ";
        String status =
            switch (p.status()) {
              case OK -> "";
              case MISSING_FILE -> " (file missing)";
              case UNSUPPORTED_NIX -> " (unsupported: Nix)";
            };
        out().printf(
            "%s %-" + width + "s  %-" + pathWidth + "s%s%s%n",
            mark,
            p.qualifiedName(),
            p.location().display(),
            p.description().map(d -> "  " + style.dim(d)).orElse(""),
            status);
      }
      discovery.defaultProfile()
          .ifPresent(d -> out().println("* default: " + d.qualifiedName()));
    }
    out().flush();
    err().flush();
    return ExitCode.OK;
  }

  int checks(List<CheckResult> results) {
    boolean allPassed = true;
    for (CheckResult r : results) {
      if (r.passed()) {
        out().println(style.emphasis("ok") + "    " + r.target()
            + r.slug().map(s -> " (" + s + ")").orElse(""));
        r.timing().ifPresent(t -> out().printf(
            "      %d evaluations (evaluate + validate + resolve): median %.1f us, p90 %.1f us,"
                + " min %.1f us%n", t.runs(), t.medianMicros(), t.p90Micros(), t.minMicros()));
      } else {
        allPassed = false;
        out().println(style.error("fail") + "  " + r.target());
        rejected(r.diagnostics());
      }
    }
    out().flush();
    return allPassed ? ExitCode.OK : ExitCode.REJECTED;
  }
}
