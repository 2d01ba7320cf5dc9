package org.seeddoc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.seeddoc.Finding;
import org.seeddoc.config.ConfigFile;
import org.seeddoc.files.SeedFile;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.files.SeedListing;
import org.seeddoc.format.FixSafety;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.report.Report;

/**
 * Runs the pipeline over every file on all cores the JIT compiler leaves, and reports the files in
 * the order they were listed, whatever the number of threads.
 */
final class FileRunner {
  /** Batches checked ahead of the one being reported, per job: enough to keep every core busy. */
  private static final int AHEAD_PER_JOB = 4;

  /** Files per batch at most; small runs use batches of one, so that two files use two cores. */
  private static final int MAX_BATCH = 32;

  /**
   * Batches per job at least, while batches stay under the most: the load spreads evenly to the
   * end.
   */
  private static final int MIN_BATCHES_PER_JOB = 16;

  /**
   * The most threads {@code --jobs} may ask for: more cannot help on any machine seeddoc runs on,
   * and each thread holds a stack and a window of batches.
   */
  static final int MAX_JOBS = 256;

  private FileRunner() {}

  /** One thread per core, within the limit. */
  static int defaultJobs() {
    return Math.min(MAX_JOBS, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs a command that rewrites files ({@code fmt}, {@code fix}) over the files of paths, in text:
   * exit 1 when an error is left, 2 when a path or a file could not be read or written.
   */
  static ExitCode rewrite(
      List<Path> paths,
      SeedFinder finder,
      Function<SeedFile, FileOutcome> pipeline,
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException, ExecutionException {
    SeedListing listing = finder.find(paths);
    listing.errors().forEach(err::println);
    listing.notes().forEach(err::println);
    Report report = Report.lines(out);
    Result result = run(listing, pipeline, report, outcome -> {}, err, defaultJobs());
    report.finish(result.totals());
    ExitCode exit = result.totals().errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    return listing.errors().isEmpty() && !result.problems() ? exit : ExitCode.USAGE;
  }

  /**
   * What a run found: the totals, and whether a file could not be read or written or a
   * configuration file has an error.
   */
  record Result(Report.Totals totals, boolean problems) {}

  /**
   * Reports the findings of the listing's configuration files, then handles its files in parallel,
   * on as many of the threads as the JIT compiler leaves cores for ({@link CompilerShare}), but
   * reports them in order: a bounded window of batches of consecutive files is in flight, and the
   * oldest batch is reported as soon as it is done, so memory stays flat however many files there
   * are. Batches, rather than single files, because handing each file of a large folder to a thread
   * on its own cost more system time than reading it. A file that could not be read or written is
   * said on {@code err}, in its place. Each file's outcome goes to {@code alsoTo} too.
   */
  static Result run(
      SeedListing listing,
      Function<SeedFile, FileOutcome> pipeline,
      Report report,
      Consumer<FileOutcome> alsoTo,
      PrintWriter err,
      int threads)
      throws InterruptedException, ExecutionException {
    List<SeedFile> files = listing.files();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "seeddoc-file");
              thread.setDaemon(true);
              return thread;
            });
    CompilerShare share = CompilerShare.of(threads, files.size());
    int batch = Math.max(1, Math.min(MAX_BATCH, files.size() / (threads * MIN_BATCHES_PER_JOB)));
    int errors = 0;
    int warnings = 0;
    int[] fixable = new int[FixSafety.values().length];
    boolean problems = false;
    for (ConfigFile config : listing.configs()) {
      if (!config.findings().isEmpty()) {
        report.file(FileOutcome.of(config));
        errors += (int) config.findings().stream().filter(Finding::isError).count();
        warnings += (int) config.findings().stream().filter(finding -> !finding.isError()).count();
        problems |= config.hasErrors();
      }
    }
    try {
      Deque<Future<List<FileOutcome>>> window = new ArrayDeque<>();
      for (int next = 0; next < files.size() || !window.isEmpty(); ) {
        if (next < files.size() && window.size() < threads * AHEAD_PER_JOB) {
          List<SeedFile> batchFiles = files.subList(next, Math.min(files.size(), next + batch));
          next += batchFiles.size();
          window.add(
              pool.submit(
                  () -> {
                    share.enter();
                    try {
                      return batchFiles.stream().map(pipeline).toList();
                    } finally {
                      share.exit();
                    }
                  }));
          continue;
        }
        for (FileOutcome outcome : window.poll().get()) {
          report.file(outcome);
          alsoTo.accept(outcome);
          if (outcome.problem() != null) {
            // A problem quotes a file name and an exception's message, which may hold anything.
            err.println(Finding.printable(outcome.problem()));
            problems = true;
          }
          for (Finding finding : outcome.findings()) {
            fixable[FixSafety.of(finding).ordinal()]++;
            if (finding.isError()) {
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
    return new Result(
        new Report.Totals(
            files.size(),
            errors,
            warnings,
            fixable[FixSafety.SAFE.ordinal()],
            fixable[FixSafety.UNSAFE.ordinal()]),
        problems);
  }
}
