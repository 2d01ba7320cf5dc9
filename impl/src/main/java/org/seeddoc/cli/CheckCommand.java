package org.seeddoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.seeddoc.Finding;
import org.seeddoc.cache.CheckCache;
import org.seeddoc.files.SafeFiles;
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
 * the same order whatever the number of jobs; with {@code --fix}, fixes them first, as {@code fix}
 * does, and reports what is left.
 */
final class CheckCommand implements Callable<Integer> {
  private final InputStream in;
  private final Terminal terminal;

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
              .addOption(
                  OptionSpec.builder("--output-file", "-o")
                      .type(Path.class)
                      .paramLabel("FILE")
                      .description(
                          "Write the report to FILE instead of standard output, replacing it whole.")
                      .build())
              .addOption(CommandSpecs.flag("--strict", "Exit 1 on warnings too."))
              .addOption(
                  CommandSpecs.flag(
                      "--exit-zero",
                      "Exit 0 even when there are findings; 2 still means a usage error."))
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
              .addOption(
                  OptionSpec.builder("-q", "--quiet")
                      .arity("0")
                      .type(boolean.class)
                      .defaultValue("false")
                      .description("Report errors only.")
                      .build())
              .addOption(CommandSpecs.rules("--select", "Report only these rules"))
              .addOption(CommandSpecs.rules("--ignore", "Do not report these rules"))
              .addOption(
                  CommandSpecs.flag(
                      "--fix",
                      "Apply the safe fixes first, as seeddoc fix does, then report what is left."))
              .addOption(CommandSpecs.unsafeFixes())
              .addOption(
                  CommandSpecs.flag(
                      "--statistics",
                      "Print how many findings each rule has, instead of the findings (text only)."))
              .addOption(
                  CommandSpecs.flag(
                      "--no-source",
                      "Print findings without their source line and the caret under the column."))
              .addOption(
                  OptionSpec.builder("--color")
                      .type(Terminal.When.class)
                      .defaultValue("auto")
                      .paramLabel("WHEN")
                      .description(
                          "auto (default: on a terminal, unless NO_COLOR is set; always if"
                              + " FORCE_COLOR is), always or never.")
                      .build())
              .addOption(
                  CommandSpecs.flag(
                      "--cache",
                      "Replay the findings of files unchanged since a run before (off by default;"
                          + " not with --fix or standard input)."))
              .addOption(
                  OptionSpec.builder("--cache-location")
                      .type(Path.class)
                      .paramLabel("DIR")
                      .description(
                          "Keep the cache in DIR (default: "
                              + CheckCache.FOLDER
                              + " at the project's root); implies --cache.")
                      .build())
              .addOption(
                  OptionSpec.builder("--cache-strategy")
                      .type(CheckCache.Strategy.class)
                      .defaultValue("metadata")
                      .paramLabel("HOW")
                      .description(
                          "How the cache tells a file is unchanged: metadata (default: its size,"
                              + " time and inode, else its content) or content (always its content).")
                      .build())
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

  CheckCommand(InputStream in, Terminal terminal) {
    this.in = in;
    this.terminal = terminal;
  }

  private Baseline readBaseline(Path file) {
    try {
      return Baseline.read(file);
    } catch (IOException e) {
      throw usage("--baseline " + file + ": cannot read it: " + e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private RuleSelection selection() {
    try {
      return RuleSelection.of(
          CommandSpecs.values(spec, "--select"), CommandSpecs.values(spec, "--ignore"));
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  @Override
  public Integer call() throws Exception {
    Integer jobs = CommandSpecs.value(spec, "--jobs");
    if (jobs != null && (jobs < 1 || jobs > FileRunner.MAX_JOBS)) {
      throw usage("--jobs must be from 1 to " + FileRunner.MAX_JOBS + ", not " + jobs);
    }
    Report.Format format = CommandSpecs.value(spec, "--format");
    boolean statistics = CommandSpecs.value(spec, "--statistics");
    if (statistics && format != Report.Format.TEXT) {
      throw usage("--statistics prints text; it does not go with --format " + format);
    }
    boolean fix = CommandSpecs.value(spec, "--fix");
    boolean unsafeFixes = CommandSpecs.value(spec, "--unsafe-fixes");
    RuleSelection selection = selection();
    int threads = jobs == null ? FileRunner.defaultJobs() : jobs;
    PrintWriter err = spec.commandLine().getErr();
    SeedFinder finder = CommandSpecs.finder(spec);
    SeedFile stdin = CommandSpecs.standardInput(spec, finder);
    if (stdin != null && fix) {
      throw usage("--fix writes files; to fix standard input, run 'seeddoc fix -'");
    }
    Path outputFile = CommandSpecs.value(spec, "--output-file");
    StringWriter buffered = outputFile == null ? null : new StringWriter();
    PrintWriter out = buffered == null ? spec.commandLine().getOut() : new PrintWriter(buffered);
    // The cache file is read on another core while this one walks the folders.
    CompletableFuture<CheckCache> opening = stdin != null || fix ? null : openCache();
    SeedListing listing =
        stdin == null
            ? finder.find(CommandSpecs.paths(spec))
            : new SeedListing(List.of(stdin), List.of(), List.of(), finder.configsRead());
    listing.errors().forEach(err::println);
    listing.notes().forEach(err::println);
    Report report = open(format, statistics, out, outputFile != null);
    byte[] input = stdin == null ? null : FilePipeline.bytes(in);
    FilePipeline.FixMode fixMode = new FilePipeline.FixMode(false, false, unsafeFixes);
    CheckCache cache = opening == null ? null : opened(opening.join(), err);
    FilePipeline pipeline =
        new FilePipeline(cache == null ? ValidatorStart.now() : ValidatorStart.onDemand());
    Function<SeedFile, FileOutcome> checked =
        stdin != null
            ? file -> pipeline.check(file, input)
            : fix
                ? file -> pipeline.fix(file, fixMode)
                : cache != null ? file -> pipeline.check(file, cache) : pipeline::check;
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
              outcome =
                  selection.isAll()
                      ? outcome
                      : outcome.withFindings(selection.filter(outcome.findings()));
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
    if (cache != null) {
      save(cache, err);
    }
    if (outputFile != null && !written(outputFile, buffered.toString(), "--output-file", err)) {
      return ExitCode.USAGE.code();
    }
    if (record != null && !written(record, recorded.text(), "--write-baseline", err)) {
      return ExitCode.USAGE.code();
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
    boolean exitZero = CommandSpecs.value(spec, "--exit-zero");
    return (failed && !exitZero ? ExitCode.FINDINGS : ExitCode.OK).code();
  }

  /** The cache on its way, when {@code --cache} or {@code --cache-location} asks for it. */
  private CompletableFuture<CheckCache> openCache() {
    Path location = CommandSpecs.value(spec, "--cache-location");
    if (location == null && !(Boolean) CommandSpecs.value(spec, "--cache")) {
      return null;
    }
    CheckCache.Builder builder =
        CheckCache.builder()
            .location(location)
            .strategy(CommandSpecs.value(spec, "--cache-strategy"));
    return CompletableFuture.supplyAsync(
        () -> {
          CheckCache cache = builder.open();
          if (cache.isEmpty()) {
            // Every file will be checked: the validator starts now, while the folders are walked.
            ValidatorStart.begin();
          }
          return cache;
        });
  }

  /** The cache opened, once it has said on err why it ignored its file, if it did. */
  private static CheckCache opened(CheckCache cache, PrintWriter err) {
    cache
        .problem()
        .ifPresent(
            why ->
                err.println(
                    Finding.printable(
                        "seeddoc: ignored the cache "
                            + cache.file()
                            + ": "
                            + why
                            + "; it is made again")));
    return cache;
  }

  /** Writes the cache; a cache that cannot be written makes the next run slower, nothing else. */
  private static void save(CheckCache cache, PrintWriter err) {
    try {
      cache.save();
    } catch (IOException e) {
      err.println(
          Finding.printable(
              "seeddoc: cannot write the cache " + cache.file() + ": " + e.getMessage()));
    }
  }

  /** The report the options ask for: text in the terminal's style, statistics, or a format. */
  private Report open(Report.Format format, boolean statistics, PrintWriter out, boolean toFile) {
    Report.TextStyle style =
        new Report.TextStyle(
            terminal.colors(CommandSpecs.value(spec, "--color"), toFile),
            !(Boolean) CommandSpecs.value(spec, "--no-source"));
    if (statistics) {
      return Report.statistics(out, style);
    }
    return format == Report.Format.TEXT
        ? Report.text(out, style)
        : format.open(out, Version.text());
  }

  /** Writes a file whole through a temporary file, or says on err why it could not. */
  private static boolean written(Path file, String text, String option, PrintWriter err) {
    try {
      SafeFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      err.println(
          Finding.printable(
              "seeddoc: " + option + " " + file + ": cannot write it: " + e.getMessage()));
      return false;
    }
  }
}
