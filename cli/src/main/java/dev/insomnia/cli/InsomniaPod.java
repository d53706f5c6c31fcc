package dev.insomnia.cli;

import dev.insomnia.pod.PodRequest;
import dev.insomnia.pod.PodService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code insomnia-pod}: create a pod from a profile (the default) or a one-file manifest,
 * restore one, or adopt a snapshot. The modes are one exclusive argument group, so picocli
 * itself refuses {@code --profile} with {@code --pod}, {@code --profile-pod-name} with a
 * restore mode, and so on (exit 2).
 *
 * <p>The subcommands ({@link #SUBCOMMANDS}) are added to the command tree only when a run may
 * need them: building their picocli models was ~15% of picocli's cold-start work, and the main
 * path never uses them. A run whose arguments name no subcommand is parsed without them; if
 * that parse fails or asks for help, it is run again on the whole tree, so every message,
 * suggestion and usage text is the whole tree's.
 */
@Command(
    name = "insomnia-pod",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
      "Create an Insomnia Pod from a Lua profile, restore one, or adopt a snapshot.",
      "With no mode, creates a pod from the selected default profile."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:unexpected internal failure (a bug)",
      "2:usage error, including conflicting flags",
      "3:input rejected (diagnostics on stderr)"
    })
public final class InsomniaPod implements Callable<Integer> {

  /** Create (from a profile or a manifest) or one of the restore modes: never two. */
  static final class Mode {
    @ArgGroup(exclusive = false, heading = "Create a pod:%n")
    Create create;

    @Option(names = "--pod", paramLabel = "NAME", description = "Restore the pod NAME from its saved snapshot (never evaluates Lua).")
    String pod;

    @Option(names = "--session", paramLabel = "ID", description = "Restore the pod recorded for session ID.")
    String session;

    @Option(names = "--adopt", paramLabel = "FILE.json", description = "Import a resolved snapshot made elsewhere as a new pod.")
    Path adopt;
  }

  static final class Create {
    @ArgGroup(exclusive = true)
    Source source;

    @Option(names = "--profile-pod-name", paramLabel = "NAME", description = "Name the new pod (default: <slug>-<8 hex>).")
    String podName;
  }

  static final class Source {
    @Option(names = "--profile", paramLabel = "SEL", description = "The profile: default, a name, builtin:|user:|project:NAME, path:PATH, or a .lua path.")
    String profile;

    @Option(names = "--manifest", paramLabel = "FILE.toml", description = "A complete one-file manifest (the low-level escape hatch).")
    Path manifest;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Mode mode;

  @Mixin Common common;

  @Option(names = "--dry-run", description = "Resolve and print; persist nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    return common.run(
        (service, out) -> {
          if (mode != null && mode.pod != null) return out.pod(service.restore(mode.pod));
          if (mode != null && mode.session != null) {
            return out.pod(service.restoreSession(mode.session));
          }
          if (mode != null && mode.adopt != null) {
            return out.pod(service.adopt(common.absolute(mode.adopt), dryRun));
          }
          Create create = mode == null ? null : mode.create;
          Optional<String> podName = Optional.ofNullable(create == null ? null : create.podName);
          Source source = create == null ? null : create.source;
          if (source != null && source.manifest != null) {
            return out.pod(
                service.createFromManifest(common.absolute(source.manifest), podName, dryRun));
          }
          String selector = source != null && source.profile != null ? source.profile : "default";
          return out.pod(service.create(new PodRequest(selector, podName, dryRun)));
        });
  }

  public static void main(String[] args) {
    if (mayEvaluate(args)) PodService.prepareEvaluator();
    PicocliSettings.apply();
    System.exit(run(args, Console.system()));
  }

  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(ProfilesCommand.class, AutoComplete.GenerateCompletion.class);

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

  private static CommandLine commandLine(Console console, boolean withSubcommands) {
    CommandFactory factory = new CommandFactory(console);
    CommandLine cli = new CommandLine(new InsomniaPod(), factory);
    if (withSubcommands) {
      for (Class<?> subcommand : SUBCOMMANDS) cli.addSubcommand(new CommandLine(subcommand, factory));
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
