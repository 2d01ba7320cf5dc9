package org.seeddoc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seeddoc fmt}: rewrites files in the canonical layout. A file it cannot read, or whose comments
 * it would drop, is reported and left exactly as it was.
 */
final class FmtCommand implements Callable<Integer> {
  final CommandSpec spec = CommandSpecs.command(this, "fmt",
          "Rewrites seed documents in the canonical layout.",
          "Folders are searched for *.txt and *.md files, hidden folders skipped.")
      .addOption(CommandSpecs.flag("--check",
          "Write nothing; list the files that are not canonical and exit 1 if there is any."))
      .addOption(CommandSpecs.flag("--drop-comments",
          "Format files whose front matter has YAML comments, dropping the comments."))
      .addPositional(CommandSpecs.paths());

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SeedFiles.Listing listing = SeedFiles.expand(CommandSpecs.paths(spec));
    listing.errors().forEach(err::println);
    listing.notes().forEach(err::println);
    FilePipeline.FormatMode mode = new FilePipeline.FormatMode(
        CommandSpecs.value(spec, "--check"), CommandSpecs.value(spec, "--drop-comments"));
    FilePipeline pipeline = new FilePipeline();
    Report report = new TextReport(out, false);
    FileRunner.Result result = FileRunner.run(listing.files(), file -> pipeline.format(file, mode), report, err,
        FileRunner.defaultJobs());
    report.finish(result.totals());
    ExitCode exit = result.totals().errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    return (listing.errors().isEmpty() && !result.problems() ? exit : ExitCode.USAGE).code();
  }
}
