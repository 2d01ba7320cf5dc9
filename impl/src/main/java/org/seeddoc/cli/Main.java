package org.seeddoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code seeddoc} command: reads, formats and checks seed documents. */
public final class Main implements Runnable {
  /** Exit code when every file is fine. */
  static final int OK = 0;
  /** Exit code when a file has findings. */
  static final int FINDINGS = 1;
  /** Exit code for a usage error or a path that cannot be read. */
  static final int USAGE = 2;

  private final CommandSpec spec = CommandSpecs.command(this, "seeddoc", "Reads, formats and checks seed documents.");

  private Main() {
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put(String.valueOf(OK), "all files are fine");
    exitCodes.put(String.valueOf(FINDINGS), "findings: a file is unreadable, invalid or not canonical");
    exitCodes.put(String.valueOf(USAGE), "usage error, or a path that does not exist or cannot be read");
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    spec.addSubcommand("check", new CheckCommand().spec);
    spec.addSubcommand("fmt", new FmtCommand().spec);
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("check")) {
      // Overlaps the validator's start with picocli's own, which would otherwise come first.
      ValidatorStart.begin();
    }
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the tool with the given output streams, for tests and embedding. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main().spec);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(e -> USAGE);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(USAGE));
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check or fmt");
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"seeddoc " + text()};
    }

    static String text() {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
