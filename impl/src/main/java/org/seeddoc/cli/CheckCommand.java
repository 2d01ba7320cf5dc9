package org.seeddoc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.seeddoc.Finding;
import org.seeddoc.SeedReader;
import org.seeddoc.Severity;
import org.seeddoc.validation.SeedValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seeddoc check}: reads and validates every file, on all cores, and reports every finding in
 * the same order whatever the number of jobs.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Checks seed documents: every problem, at its line and column.",
      "Folders are searched for *.txt and *.md files, hidden folders skipped."
    })
final class CheckCommand implements Callable<Integer> {
  /** Files checked ahead of the one being reported, per job: enough to keep every core busy. */
  private static final int AHEAD_PER_JOB = 4;

  /**
   * Hibernate Validator announces its version through java.util.logging when it starts; a tool's
   * output must hold only its findings. Only check starts it, so only check pays for the logging
   * set-up. Held in a field so the logger, and its level, are not collected.
   */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @Spec private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default), json, sarif or github.")
  private Report.Format format;

  @Option(names = "--strict", description = "Exit 1 on warnings too.")
  private boolean strict;

  @Option(names = "--jobs", paramLabel = "N", description = "Files checked at once (default: the number of cores).")
  private Integer jobs;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  private List<Path> paths;

  @Override
  public Integer call() throws Exception {
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    CompletableFuture<SeedValidator> validator = CompletableFuture.supplyAsync(SeedValidator::create);
    PrintWriter out = spec.commandLine().getOut();
    SeedFiles.Listing listing = SeedFiles.expand(paths);
    listing.errors().forEach(spec.commandLine().getErr()::println);
    FileChecker checker = new FileChecker(SeedReader.create(), validator);
    Report report = format.open(out, Main.Version.text());
    Report.Totals totals = checkAll(listing.files(), checker, report, threads);
    report.finish(totals);
    out.flush();
    if (!listing.errors().isEmpty()) {
      return Main.USAGE;
    }
    return totals.errors() > 0 || (strict && totals.warnings() > 0) ? Main.FINDINGS : Main.OK;
  }

  /**
   * Checks files in parallel but reports them in order: a bounded window of files is in flight, and
   * the oldest is reported as soon as it is done, so memory stays flat however many files there are.
   */
  private static Report.Totals checkAll(List<SeedFiles.SeedFile> files, FileChecker checker, Report report, int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "seeddoc-check");
      thread.setDaemon(true);
      return thread;
    });
    int errors = 0;
    int warnings = 0;
    try {
      Deque<Future<List<Finding>>> window = new ArrayDeque<>();
      for (int next = 0; next < files.size() || !window.isEmpty(); ) {
        if (next < files.size() && window.size() < threads * AHEAD_PER_JOB) {
          SeedFiles.SeedFile file = files.get(next++);
          window.add(pool.submit(() -> checker.check(file)));
          continue;
        }
        List<Finding> findings = window.poll().get();
        report.file(findings);
        for (Finding finding : findings) {
          if (finding.severity() == Severity.ERROR) {
            errors++;
          } else {
            warnings++;
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Report.Totals(files.size(), errors, warnings);
  }
}
