package dev.insomnia.cli;

import static dev.insomnia.cli.CommandSpecs.flag;
import static dev.insomnia.cli.CommandSpecs.option;
import static dev.insomnia.cli.CommandSpecs.value;

import dev.insomnia.pod.PodRequest;
import dev.insomnia.pod.PodService;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code insomnia-pod}: create a pod from a profile (the default) or a one-file manifest,
 * restore one, or adopt a snapshot. The modes are one exclusive argument group, so picocli
 * itself refuses {@code --profile} with {@code --pod}, {@code --profile-pod-name} with a
 * restore mode, and so on (exit 2).
 *
 * <p>Every command declares its model through picocli's programmatic API ({@link #spec}):
 * reading annotations costs a cold start a dynamic proxy class per annotation type on JDK 17.
 *
 * <p>The subcommands are added to the command tree only when a run may need them: building
 * their models was ~15% of picocli's cold-start work, and the main path never uses them. A run
 * whose arguments name no subcommand is parsed without them; if that parse fails or asks for
 * help, it is run again on the whole tree, so every message, suggestion and usage text is the
 * whole tree's.
 */
public final class InsomniaPod implements Callable<Integer> {
  private final Common common;

  // Create a pod: from a profile or a manifest, optionally naming it.
  private final OptionSpec profile = option("--profile", "SEL", String.class,
      "The profile: default, a name, builtin:|user:|project:NAME, path:PATH, or a .lua path.");
  private final OptionSpec manifest = option("--manifest", "FILE.toml", Path.class,
      "A complete one-file manifest (the low-level escape hatch).");
  private final OptionSpec podName = option("--profile-pod-name", "NAME", String.class,
      "Name the new pod (default: <slug>-<8 hex>).");
  // ... or restore or adopt one.
  private final OptionSpec pod = option("--pod", "NAME", String.class,
      "Restore the pod NAME from its saved snapshot (never evaluates Lua).");
  private final OptionSpec session = option("--session", "ID", String.class,
      "Restore the pod recorded for session ID.");
  private final OptionSpec adopt = option("--adopt", "FILE.json", Path.class,
      "Import a resolved snapshot made elsewhere as a new pod.");
  private final OptionSpec dryRun = flag("--dry-run", "Resolve and print; persist nothing.");

  InsomniaPod(Console console) {
    this.common = new Common(console);
  }

  /** The main command's model: one exclusive group of modes, then the shared options. */
  CommandSpec spec() {
    ArgGroupSpec source =
        ArgGroupSpec.builder().exclusive(true).addArg(profile).addArg(manifest).build();
    ArgGroupSpec create =
        ArgGroupSpec.builder().exclusive(false).heading("Create a pod:%n")
            .addSubgroup(source).addArg(podName).build();
    ArgGroupSpec mode =
        ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
            .addSubgroup(create).addArg(pod).addArg(session).addArg(adopt).build();
    CommandSpec spec = CommandSpecs.command(this, "insomnia-pod",
        "Create an Insomnia Pod from a Lua profile, restore one, or adopt a snapshot.",
        "With no mode, creates a pod from the selected default profile.");
    spec.addArgGroup(mode).addOption(dryRun);
    common.addTo(spec);
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put("0", "success");
    exitCodes.put("1", "unexpected internal failure (a bug)");
    exitCodes.put("2", "usage error, including conflicting flags");
    exitCodes.put("3", "input rejected (diagnostics on stderr)");
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    return spec;
  }

  @Override
  public Integer call() {
    boolean dry = CommandSpecs.isSet(dryRun);
    Optional<String> restore = value(pod);
    Optional<String> restoreSession = value(session);
    Optional<Path> adopted = value(adopt);
    Optional<Path> manifestFile = value(manifest);
    Optional<String> name = value(podName);
    String selector = CommandSpecs.<String>value(profile).orElse("default");
    return common.run(
        (service, out) -> {
          if (restore.isPresent()) return out.pod(service.restore(restore.get()));
          if (restoreSession.isPresent()) return out.pod(service.restoreSession(restoreSession.get()));
          if (adopted.isPresent()) return out.pod(service.adopt(common.absolute(adopted.get()), dry));
          if (manifestFile.isPresent()) {
            return out.pod(service.createFromManifest(common.absolute(manifestFile.get()), name, dry));
          }
          return out.pod(service.create(new PodRequest(selector, name, dry)));
        });
  }

  public static void main(String[] args) {
    if (mayEvaluate(args)) PodService.prepareEvaluator();
    PicocliSettings.apply();
    System.exit(run(args, Console.system()));
  }

  /** Runs the command line on a console; returns the exit code. */
  static int run(String[] args, Console console) {
    return run(args, console, true);
  }

  /** {@code lazily = false} always builds the whole tree (tests compare the two). */
  static int run(String[] args, Console console, boolean lazily) {
    if (!lazily || mayNeedSubcommands(args)) return commandLine(console, true).execute(args);
    // One parse without the subcommands; what that tree would answer differently (a usage
    // error, with its suggestions; help, which lists the subcommands) the whole tree answers.
    CommandLine main = commandLine(console, false);
    main.setParameterExceptionHandler((e, arguments) -> commandLine(console, true).execute(args));
    main.setExecutionStrategy(
        parsed ->
            parsed.isUsageHelpRequested()
                ? commandLine(console, true).execute(args)
                : new CommandLine.RunLast().execute(parsed));
    return main.execute(args);
  }

  /**
   * Whether an argument names a subcommand (then even an option's value needs the tree:
   * picocli refuses a subcommand's name as an option's value) or is an {@code @file} of
   * arguments, which could name one.
   */
  static boolean mayNeedSubcommands(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("@") || SUBCOMMAND_NAMES.contains(arg)) return true;
    }
    return false;
  }

  /**
   * Whether the arguments may create a pod from a profile, so that loading the engine early, on
   * a second thread while the command line is parsed, is likely to pay off. A wrong guess costs
   * only that background work: evaluation builds the engine itself when it needs one.
   */
  static boolean mayEvaluate(String[] args) {
    if (mayNeedSubcommands(args)) return false;
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (NON_EVALUATING_OPTIONS.contains(equals < 0 ? arg : arg.substring(0, equals))) {
        return false;
      }
    }
    return true;
  }

  /** Options of the main command with which it evaluates no profile. */
  static final Set<String> NON_EVALUATING_OPTIONS =
      Set.of("--pod", "--session", "--adopt", "--manifest", "--help", "-h", "--version", "-V");

  static final Set<String> SUBCOMMAND_NAMES =
      Set.of("profiles", "generate-completion");

  /** The main command; with its subcommands, in the order help lists them, if asked. */
  static CommandLine commandLine(Console console, boolean withSubcommands) {
    CommandLine cli = new CommandLine(new InsomniaPod(console).spec());
    if (withSubcommands) {
      cli.addSubcommand(new ProfilesCommand(console).commandLine());
      cli.addSubcommand(new CommandLine(new AutoComplete.GenerateCompletion()));
    }
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          console.err().println("error: " + e.getMessage());
          console.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
              + " --help' for more information.");
          return ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          console.err().println("internal error: " + e);
          for (StackTraceElement frame : e.getStackTrace()) console.err().println("\tat " + frame);
          console.err().println("This is a bug in insomnia-pod; please report it.");
          return ExitCode.BUG;
        });
    return cli;
  }
}
