package org.seeddoc.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.seeddoc.Finding;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code seeddoc} command: reads, formats and checks seed documents. */
public final class Main implements Runnable {
  private final CommandSpec spec =
      CommandSpecs.command(this, "seeddoc", "Reads, formats and checks seed documents.");

  private Main(InputStream in, Terminal terminal) {
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.help());
    spec.addSubcommand("check", new CheckCommand(in, terminal).spec);
    spec.addSubcommand("fmt", new FmtCommand(in).spec);
    spec.addSubcommand("fix", new FixCommand().spec);
    spec.addSubcommand("config", new ConfigCommand().spec);
    spec.addSubcommand("schema", new SchemaCommand().spec);
    spec.addSubcommand("lsp", new LanguageServerCommand().spec);
    spec.addSubcommand("rule", new RuleCommand().spec);
    spec.addSubcommand("completion", new CompletionCommand().spec);
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("check") || args[0].equals("fix")) && !cached(args)) {
      // Overlaps the validator's start with picocli's own, which would otherwise come first.
      ValidatorStart.begin();
    }
    System.exit(
        run(
            args,
            System.in,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            Terminal.ofProcess()));
  }

  /** Whether a check may replay every file from its cache, and so need no validator at all. */
  private static boolean cached(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--cache") || arg.startsWith("--cache-location")) {
        return true;
      }
    }
    return false;
  }

  /** The command model, as picocli sees it, for the documentation test. */
  static CommandSpec spec() {
    return new Main(InputStream.nullInputStream(), Terminal.NONE).spec;
  }

  /**
   * Runs the tool with the given streams and returns its exit code, for embedding, such as the
   * Maven plugin does; it never calls {@code System.exit}.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code, as docs/cli.md lists them
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return run(args, in, out, err, Terminal.NONE);
  }

  /**
   * Runs the tool as {@link #run(String[], InputStream, PrintWriter, PrintWriter)}, on a terminal.
   */
  static int run(
      String[] args, InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
    int usage = ExitCode.USAGE.code();
    CommandLine commandLine = new CommandLine(new Main(in, terminal).spec);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(e -> usage);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(usage);
    commandLine
        .getSubcommands()
        .values()
        .forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(usage));
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Picocli's own report of a usage error, but with the message escaped: it quotes the argument or
   * the file name that was wrong, and a line break or an escape sequence in it would reach the
   * terminal, or forge a line that a CI runner reads from standard error.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    err.println(Finding.printable(String.valueOf(e.getMessage())));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      failed.usage(err);
    }
    return ExitCode.USAGE.code();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: check, fmt, fix, config, schema, lsp, rule or completion");
  }
}
