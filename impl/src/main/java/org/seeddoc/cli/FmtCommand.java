package org.seeddoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.seeddoc.Finding;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.report.Report;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seeddoc fmt}: rewrites files in the canonical layout. A file it cannot read, or whose
 * comments it would drop, is reported and left exactly as it was.
 */
final class FmtCommand implements Callable<Integer> {
  private final InputStream in;

  final CommandSpec spec =
      CommandSpecs.withConfigOptions(
          CommandSpecs.command(
                  this,
                  "fmt",
                  "Rewrites seed documents in the canonical layout.",
                  "Folders are searched for *.txt and *.md files, hidden folders skipped.")
              .addOption(
                  CommandSpecs.flag(
                      "--check",
                      "Write nothing; list the files that are not canonical and exit 1 if there is any."))
              .addOption(
                  CommandSpecs.flag(
                      "--drop-comments",
                      "Format a file even when a comment has no place in the canonical layout, dropping those comments."))
              .addOption(
                  CommandSpecs.flag(
                      "--fix", "Apply the fixes that findings carry too, as 'seeddoc fix' does."))
              .addOption(CommandSpecs.unsafeFixes())
              .addOption(CommandSpecs.stdinFilename())
              .addPositional(CommandSpecs.paths()));

  FmtCommand(InputStream in) {
    this.in = in;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FilePipeline.FormatMode mode =
        new FilePipeline.FormatMode(
            CommandSpecs.value(spec, "--check"), CommandSpecs.value(spec, "--drop-comments"));
    SeedFinder finder = CommandSpecs.finder(spec);
    SeedFile stdin = CommandSpecs.standardInput(spec, finder);
    if (CommandSpecs.<Boolean>value(spec, "--unsafe-fixes")
        && !CommandSpecs.<Boolean>value(spec, "--fix")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--unsafe-fixes goes with --fix");
    }
    if (CommandSpecs.<Boolean>value(spec, "--fix")) {
      if (stdin != null || mode.checkOnly()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--fix goes with files and folders, not with --check or -");
      }
      return FixCommand.fixAll(
          CommandSpecs.paths(spec),
          finder,
          new FilePipeline.FixMode(
              false, mode.dropComments(), CommandSpecs.value(spec, "--unsafe-fixes")),
          out,
          err);
    }
    if (stdin != null) {
      return formatStandardInput(stdin, mode, out, err);
    }
    FilePipeline pipeline = new FilePipeline();
    return FileRunner.rewrite(
            CommandSpecs.paths(spec), finder, file -> pipeline.format(file, mode), out, err)
        .code();
  }

  /**
   * {@code fmt -}: the formatted text on standard output, as prettier and ruff do, or the input as
   * it is when it is canonical; a finding stops it, on standard error (standard output is the
   * document), with no output. With {@code --check}, findings go to standard output, as for files.
   */
  private int formatStandardInput(
      SeedFile stdin, FilePipeline.FormatMode mode, PrintWriter out, PrintWriter err)
      throws IOException {
    byte[] input = FilePipeline.bytes(in);
    SeedFormatter formatter = mode.formatter();
    if (mode.checkOnly()) {
      List<Finding> findings = formatter.check(input, stdin.source());
      Report.lines(out).file(FileOutcome.of(stdin, findings));
      return findings.isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }
    FormatResult formatted = formatter.format(input, stdin.source());
    if (formatted.status() == FormatResult.Status.REFUSED) {
      Report.lines(err).file(FileOutcome.of(stdin, formatted.findings()));
      return ExitCode.FINDINGS.code();
    }
    out.print(formatted.isChanged() ? formatted.text() : new String(input, StandardCharsets.UTF_8));
    return ExitCode.OK.code();
  }
}
