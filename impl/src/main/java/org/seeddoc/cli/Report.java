package org.seeddoc.cli;

import java.io.PrintWriter;

/**
 * Where {@code check} and {@code fmt} send what they found: called for each file in order, then
 * once at the end. One implementation per output format.
 */
sealed interface Report permits TextReport, JsonReport, SarifReport, GithubReport, JunitReport, GitlabReport {
  void file(FileOutcome outcome);

  void finish(Totals totals);

  /**
   * What a run found.
   *
   * @param files how many files were handled
   * @param errors how many error findings
   * @param warnings how many warning findings
   */
  record Totals(int files, int errors, int warnings) {}

  /** The job summary file GitHub Actions names, or null outside it. */
  private static java.nio.file.Path summaryFile() {
    String name = System.getenv("GITHUB_STEP_SUMMARY");
    return name == null || name.isEmpty() ? null : java.nio.file.Path.of(name);
  }

  /** The output format named on the command line. */
  enum Format {
    TEXT,
    JSON,
    SARIF,
    GITHUB,
    JUNIT,
    GITLAB;

    Report open(PrintWriter out, String version) {
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
