package org.seeddoc.report;

import java.io.PrintWriter;

/**
 * Where {@code check}, {@code fmt} and {@code fix} send what they found: called for each file in
 * order, then once at the end. One implementation per output format, opened by {@link Format#open};
 * the Maven plugin and Java code use them as the command line does. Not thread-safe: one report per
 * run, fed in order.
 *
 * <pre>{@code
 * try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("seeddoc.sarif")))) {
 *   Report sarif = Report.Format.SARIF.open(out, "1.0");
 *   for (SeedFile file : SeedFinder.discovering().find(paths).files()) {
 *     sarif.file(FileOutcome.checked(file, validator));
 *   }
 *   sarif.finish(totals);
 * }
 * }</pre>
 */
public sealed interface Report
    permits TextReport, JsonReport, SarifReport, GithubReport, JunitReport, GitlabReport {
  /**
   * Reports one file.
   *
   * @param outcome its findings and what was done to it
   */
  void file(FileOutcome outcome);

  /**
   * Ends the report: formats that write one document (JSON, SARIF, JUnit, GitLab) write it now.
   *
   * @param totals what the run found
   */
  void finish(Totals totals);

  /**
   * What a run found.
   *
   * @param files how many files were handled
   * @param errors how many error findings
   * @param warnings how many warning findings
   */
  record Totals(int files, int errors, int warnings) {}

  /**
   * One line per finding and per change, without the summary line {@link Format#TEXT} ends with:
   * what {@code fmt} and {@code fix} print.
   *
   * @param out where the lines go
   * @return the report
   */
  static Report lines(PrintWriter out) {
    return new TextReport(out, false);
  }

  /** The job summary file GitHub Actions names, or null outside it. */
  private static java.nio.file.Path summaryFile() {
    String name = System.getenv("GITHUB_STEP_SUMMARY");
    return name == null || name.isEmpty() ? null : java.nio.file.Path.of(name);
  }

  /** The output formats of {@code seeddoc check --format}. */
  enum Format {
    /** {@code file:line:column: severity [RULE] message}, a fix line, and a summary line. */
    TEXT,
    /** One JSON document with every finding. */
    JSON,
    /** A SARIF 2.1.0 log, for code scanning. */
    SARIF,
    /**
     * GitHub Actions workflow commands, and the job summary when {@code GITHUB_STEP_SUMMARY} is
     * set.
     */
    GITHUB,
    /** JUnit XML, one test case per file. */
    JUNIT,
    /** A GitLab Code Quality report. */
    GITLAB;

    /**
     * Opens a report in this format.
     *
     * @param out where it goes
     * @param version the tool version that SARIF's driver names
     * @return the report
     */
    public Report open(PrintWriter out, String version) {
      return switch (this) {
        case TEXT -> new TextReport(out, true);
        case JSON -> new JsonReport(out);
        case SARIF -> new SarifReport(out, version);
        case GITHUB -> new GithubReport(out, summaryFile());
        case JUNIT -> new JunitReport(out);
        case GITLAB -> new GitlabReport(out);
      };
    }
  }
}
