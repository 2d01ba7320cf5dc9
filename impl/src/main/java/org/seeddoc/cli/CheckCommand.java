package org.seeddoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.seeddoc.Finding;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.files.SeedListing;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code seeddoc check}: reads and validates every file, on all cores, and reports every finding in
 * the same order whatever the number of jobs.
 */
final class CheckCommand implements Callable<Integer> {
  private final InputStream in;

  final CommandSpec spec =
      CommandSpecs.withConfigOptions(
          CommandSpecs.command(
                  this,
                  "check",
                  "Checks seed documents: every problem, at its line and column.",
                  "Folders are searched for *.txt and *.md files, hidden folders skipped.")
              .addOption(
                  OptionSpec.builder("--format")
                      .type(Report.Format.class)
                      .defaultValue("text")
                      .paramLabel("FORMAT")
                      .description("text (default), json, sarif, github, junit or gitlab.")
                      .build())
              .addOption(CommandSpecs.flag("--strict", "Exit 1 on warnings too."))
              .addOption(CommandSpecs.stdinFilename())
              .addOption(
                  OptionSpec.builder("--baseline")
                      .type(Path.class)
                      .paramLabel("FILE")
                      .description(
                          "Report only findings this baseline (from --write-baseline) does not hold.")
                      .build())
              .addOption(
                  OptionSpec.builder("--write-baseline")
                      .type(Path.class)
                      .paramLabel("FILE")
                      .description("Write every finding of this run to FILE, for --baseline.")
                      .build())
              .addOption(
                  OptionSpec.builder("--max-warnings")
                      .type(Integer.class)
                      .paramLabel("N")
                      .description("Exit 1 when there are more than N warnings.")
                      .build())
              .addOption(CommandSpecs.flag("--quiet", "Report errors only."))
              .addOption(
                  OptionSpec.builder("--jobs")
                      .type(Integer.class)
                      .paramLabel("N")
                      .description(
                          "Files checked at once, from 1 to "
                              + FileRunner.MAX_JOBS
                              + " (default: the number of cores).")
                      .build())
              .addPositional(CommandSpecs.paths()));

  CheckCommand(InputStream in) {
    this.in = in;
  }

  private Baseline readBaseline(Path file) {
    try {
      return Baseline.read(file);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--baseline " + file + ": cannot read it: " + e.getMessage());
    }
  }

  @Override
  public Integer call() throws Exception {
    Integer jobs = CommandSpecs.value(spec, "--jobs");
    if (jobs != null && (jobs < 1 || jobs > FileRunner.MAX_JOBS)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--jobs must be from 1 to " + FileRunner.MAX_JOBS + ", not " + jobs);
    }
    int threads = jobs == null ? FileRunner.defaultJobs() : jobs;
    FilePipeline pipeline = new FilePipeline(ValidatorStart.begin());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SeedFinder finder = CommandSpecs.finder(spec);
    SeedFile stdin = CommandSpecs.standardInput(spec, finder);
    SeedListing listing =
        stdin == null
            ? finder.find(CommandSpecs.paths(spec))
            : new SeedListing(List.of(stdin), List.of(), List.of(), finder.configsRead());
    listing.errors().forEach(err::println);
    listing.notes().forEach(err::println);
    Report.Format format = CommandSpecs.value(spec, "--format");
    Report report = format.open(out, Version.text());
    byte[] input = stdin == null ? null : FilePipeline.bytes(in);
    Function<SeedFile, FileOutcome> checked =
        stdin == null ? pipeline::check : file -> pipeline.check(file, input);
    Path baselineFile = CommandSpecs.value(spec, "--baseline");
    Baseline baseline = baselineFile == null ? null : readBaseline(baselineFile);
    boolean quiet = CommandSpecs.value(spec, "--quiet");
    Path record = CommandSpecs.value(spec, "--write-baseline");
    Baseline.Writer recorded = new Baseline.Writer();
    // Keys are SHA-256 hashes: made only for a baseline that is written, not on every run.
    Consumer<FileOutcome> recording = record == null ? outcome -> {} : recorded::add;
    FileRunner.Result result =
        FileRunner.run(
            listing,
            file -> {
              FileOutcome outcome = checked.apply(file);
              outcome = baseline == null ? outcome : baseline.leaveOut(outcome);
              return quiet
                  ? outcome.withFindings(
                      outcome.findings().stream().filter(Finding::isError).toList())
                  : outcome;
            },
            report,
            recording,
            err,
            threads);
    report.finish(result.totals());
    out.flush();
    if (record != null) {
      try {
        recorded.write(record);
      } catch (IOException e) {
        err.println(
            Finding.printable(
                "seeddoc: --write-baseline " + record + ": cannot write it: " + e.getMessage()));
        return ExitCode.USAGE.code();
      }
    }
    if (!listing.errors().isEmpty() || result.problems()) {
      return ExitCode.USAGE.code();
    }
    boolean strict = CommandSpecs.value(spec, "--strict");
    Report.Totals totals = result.totals();
    if (totals.files() == 0) {
      err.println(
          "seeddoc: no seed file (*.txt, *.md) was found in the paths given"
              + (strict ? "; --strict fails on that" : ""));
    }
    Integer maxWarnings = CommandSpecs.value(spec, "--max-warnings");
    boolean failed =
        totals.errors() > 0
            || (strict && (totals.warnings() > 0 || totals.files() == 0))
            || (maxWarnings != null && totals.warnings() > maxWarnings);
    return (failed ? ExitCode.FINDINGS : ExitCode.OK).code();
  }
}
