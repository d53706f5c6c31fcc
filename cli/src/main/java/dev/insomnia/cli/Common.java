package dev.insomnia.cli;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.pod.PodEnvironment;
import dev.insomnia.pod.PodService;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every command shares ({@code --json}, {@code --workspace}) and the one way a command
 * runs: against a {@link PodService} for this console, with rejected input rendered as
 * diagnostics (exit 3).
 */
final class Common {
  private final Console console;

  @Option(names = "--json", description = "Machine-readable output: JSON on stdout, diagnostics as a JSON array on stderr.")
  boolean json;

  @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace (default: the working directory).")
  Path workspace;

  Common(Console console) {
    this.console = console;
  }

  /** A command's body: does its work through the service, prints through the output. */
  interface Body {
    int run(PodService service, Output out) throws DiagnosticException, java.io.IOException;
  }

  int run(Body body) {
    Output out = new Output(console, json);
    try {
      PodService service = PodService.open(environment());
      return body.run(service, out);
    } catch (DiagnosticException e) {
      return out.rejected(e.diagnostics());
    } catch (java.io.IOException e) {
      console.err().println("error: " + e.getMessage());
      return ExitCode.BUG;
    }
  }

  Path absolute(Path path) {
    return console.workingDirectory().resolve(path).normalize();
  }

  private PodEnvironment environment() {
    Path dir = workspace == null ? console.workingDirectory() : absolute(workspace);
    return new PodEnvironment(console.env(), console.home(), console.workingDirectory(), dir);
  }
}
