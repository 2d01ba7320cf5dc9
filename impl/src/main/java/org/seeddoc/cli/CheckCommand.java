package org.seeddoc.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.seeddoc.Finding;
import org.seeddoc.SeedReader;
import org.seeddoc.Severity;
import org.seeddoc.validation.SeedValidator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code seeddoc check}: reads and validates every file, on all cores, and reports every finding in
 * the same order whatever the number of jobs.
 */
final class CheckCommand implements Callable<Integer> {
  /** Batches checked ahead of the one being reported, per job: enough to keep every core busy. */
  private static final int AHEAD_PER_JOB = 4;
  /** Files per batch at most; small runs use batches of one, so that two files use two cores. */
  private static final int MAX_BATCH = 32;
  /** Batches per job at least, while batches stay under the most: the load spreads evenly to the end. */
  private static final int MIN_BATCHES_PER_JOB = 16;

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
    Future<SeedValidator> validator = ValidatorStart.begin();
    PrintWriter out = spec.commandLine().getOut();
    SeedFiles.Listing listing = SeedFiles.expand(CommandSpecs.paths(spec));
    listing.errors().forEach(spec.commandLine().getErr()::println);
    FileChecker checker = new FileChecker(SeedReader.create(), validator);
    Report.Format format = CommandSpecs.value(spec, "--format");
    Report report = format.open(out, Main.Version.text());
    Report.Totals totals = checkAll(listing.files(), checker, report, threads);
    report.finish(totals);
    out.flush();
    if (!listing.errors().isEmpty()) {
      return Main.USAGE;
    }
    boolean strict = CommandSpecs.value(spec, "--strict");
    return totals.errors() > 0 || (strict && totals.warnings() > 0) ? Main.FINDINGS : Main.OK;
  }

  /**
   * Checks files in parallel but reports them in order: a bounded window of batches of consecutive
   * files is in flight, and the oldest batch is reported as soon as it is done, so memory stays flat
   * however many files there are. Batches, rather than single files, because handing each file of a
   * large folder to a thread on its own cost more system time than reading it.
   */
  private static Report.Totals checkAll(List<SeedFiles.SeedFile> files, FileChecker checker, Report report, int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "seeddoc-check");
      thread.setDaemon(true);
      return thread;
    });
    int batch = Math.max(1, Math.min(MAX_BATCH, files.size() / (threads * MIN_BATCHES_PER_JOB)));
    int errors = 0;
    int warnings = 0;
    try {
      Deque<Future<List<List<Finding>>>> window = new ArrayDeque<>();
      for (int next = 0; next < files.size() || !window.isEmpty(); ) {
        if (next < files.size() && window.size() < threads * AHEAD_PER_JOB) {
          List<SeedFiles.SeedFile> batchFiles = files.subList(next, Math.min(files.size(), next + batch));
          next += batchFiles.size();
          window.add(pool.submit(() -> batchFiles.stream().map(checker::check).toList()));
          continue;
        }
        for (List<Finding> findings : window.poll().get()) {
          report.file(findings);
          for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
              errors++;
            } else {
              warnings++;
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Report.Totals(files.size(), errors, warnings);
  }
}
