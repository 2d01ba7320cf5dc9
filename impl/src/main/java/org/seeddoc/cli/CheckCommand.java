package org.seeddoc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.seeddoc.validation.SeedValidator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code seeddoc check}: reads and validates every file, on all cores, and reports every finding in
 * the same order whatever the number of jobs.
 */
final class CheckCommand implements Callable<Integer> {
  final CommandSpec spec = CommandSpecs.command(this, "check",
          "Checks seed documents: every problem, at its line and column.",
          "Folders are searched for *.txt and *.md files, hidden folders skipped.")
      .addOption(OptionSpec.builder("--format").type(Report.Format.class).defaultValue("text").paramLabel("FORMAT")
          .description("text (default), json, sarif or github.").build())
      .addOption(CommandSpecs.flag("--strict", "Exit 1 on warnings too."))
      .addOption(OptionSpec.builder("--jobs").type(Integer.class).paramLabel("N")
          .description("Files checked at once (default: the number of cores).").build())
      .addPositional(CommandSpecs.paths());

  @Override
  public Integer call() throws Exception {
    Integer jobs = CommandSpecs.value(spec, "--jobs");
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    FilePipeline pipeline = new FilePipeline(ValidatorStart.begin());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SeedFiles.Listing listing = SeedFiles.expand(CommandSpecs.paths(spec));
    listing.errors().forEach(err::println);
    Report.Format format = CommandSpecs.value(spec, "--format");
    Report report = format.open(out, Version.text());
    FileRunner.Result result = FileRunner.run(listing.files(), pipeline::check, report, err, threads);
    report.finish(result.totals());
    out.flush();
    if (!listing.errors().isEmpty() || result.problems()) {
      return ExitCode.USAGE.code();
    }
    boolean strict = CommandSpecs.value(spec, "--strict");
    Report.Totals totals = result.totals();
    return (totals.errors() > 0 || (strict && totals.warnings() > 0) ? ExitCode.FINDINGS : ExitCode.OK).code();
  }
}
