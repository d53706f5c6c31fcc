package dev.insomnia.cli;

import static dev.insomnia.cli.CommandSpecs.flag;
import static dev.insomnia.cli.CommandSpecs.option;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.pod.PodEnvironment;
import dev.insomnia.pod.PodService;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options every command shares ({@code --json}, {@code --workspace}) and the one way a command
 * runs: against a {@link PodService} for this console, with rejected input rendered as
 * diagnostics (exit 3).
 */
final class Common {
  private final Console console;
  private final OptionSpec json =
      flag("--json", "Machine-readable output: JSON on stdout, diagnostics as a JSON array on stderr.");
  private final OptionSpec workspace =
      option("--workspace", "DIR", Path.class, "The workspace (default: the working directory).");

  Common(Console console) {
    this.console = console;
  }

  /** Declares the shared options on a command. */
  CommandSpec addTo(CommandSpec spec) {
    return spec.addOption(json).addOption(workspace);
  }

  /** A command's body: does its work through the service, prints through the output. */
  interface Body {
    int run(PodService service, Output out) throws DiagnosticException, java.io.IOException;
  }

  int run(Body body) {
    Output out = new Output(console, CommandSpecs.isSet(json));
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
    Path dir = CommandSpecs.<Path>value(workspace).map(this::absolute)
        .orElse(console.workingDirectory());
    return new PodEnvironment(console.env(), console.home(), console.workingDirectory(), dir);
  }
}
