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
    permits TextReport,
        StatisticsReport,
        JsonReport,
        SarifReport,
        GithubReport,
        JunitReport,
        GitlabReport {
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
   * @param fixable how many findings {@code seeddoc fix} mends ({@link
   *     org.seeddoc.format.FixSafety#SAFE})
   * @param unsafeFixable how many more it mends with {@code --unsafe-fixes}
   */
  record Totals(int files, int errors, int warnings, int fixable, int unsafeFixable) {
    /**
     * Totals without fixable counts.
     *
     * @param files how many files were handled
     * @param errors how many error findings
     * @param warnings how many warning findings
     */
    public Totals(int files, int errors, int warnings) {
      this(files, errors, warnings, 0, 0);
    }

    /**
     * The counts as the text summary says them, such as {@code 2 files, 1 error, 0 warnings}.
     *
     * @return the summary, without a line break
     */
    public String summary() {
      return count(files, "file")
          + ", "
          + count(errors, "error")
          + ", "
          + count(warnings, "warning");
    }

    /**
     * What {@code --fix} and {@code --unsafe-fixes} would mend, or null when nothing is fixable.
     *
     * @return the hint, without a line break, or null
     */
    public String fixableHint() {
      if (fixable == 0 && unsafeFixable == 0) {
        return null;
      }
      if (fixable == 0) {
        return unsafeFixable + " fixable with --unsafe-fixes";
      }
      return fixable
          + " fixable with 'seeddoc fix' or 'seeddoc check --fix'"
          + (unsafeFixable == 0 ? "" : " (" + unsafeFixable + " more with --unsafe-fixes)");
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  /**
   * How text output looks on a terminal, or in a log.
   *
   * @param color ANSI colours: bold file names, red errors, yellow warnings
   * @param source each finding's source line with a caret under its column
   */
  record TextStyle(boolean color, boolean source) {
    /** Plain lines, without source: what a log or another program reads. */
    public static final TextStyle PLAIN = new TextStyle(false, false);
  }

  /**
   * {@code seeddoc check}'s text output in a style: a line per finding, then its source line and a
   * caret when the style has them, a fix line, and the summary line.
   *
   * @param out where the lines go
   * @param style colours and source lines
   * @return the report
   */
  static Report text(PrintWriter out, TextStyle style) {
    return new TextReport(out, true, style);
  }

  /**
   * A table of how many findings each rule has, most first, instead of the findings, as {@code ruff
   * check --statistics} prints, then the summary line.
   *
   * @param out where the table goes
   * @param style colours
   * @return the report
   */
  static Report statistics(PrintWriter out, TextStyle style) {
    return new StatisticsReport(out, new TextReport(out, true, style));
  }

  /**
   * One line per finding and per change, without the summary line {@link Format#TEXT} ends with:
   * what {@code fmt} and {@code fix} print.
   *
   * @param out where the lines go
   * @return the report
   */
  static Report lines(PrintWriter out) {
    return new TextReport(out, false, TextStyle.PLAIN);
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
        case TEXT -> text(out, TextStyle.PLAIN);
        case JSON -> new JsonReport(out);
        case SARIF -> new SarifReport(out, version);
        case GITHUB -> new GithubReport(out, summaryFile());
        case JUNIT -> new JunitReport(out);
        case GITLAB -> new GitlabReport(out);
      };
    }
  }
}
