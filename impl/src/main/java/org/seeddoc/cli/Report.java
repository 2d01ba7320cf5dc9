package org.seeddoc.cli;

import java.io.PrintWriter;
import java.util.List;
import org.seeddoc.Finding;

/** Where {@code check} sends findings: called for each file in order, then once at the end. */
interface Report {
  void file(List<Finding> findings);

  void finish(Totals totals);

  /**
   * What a run found.
   *
   * @param files how many files were checked
   * @param errors how many error findings
   * @param warnings how many warning findings
   */
  record Totals(int files, int errors, int warnings) {}

  /** The output format named on the command line. */
  enum Format {
    TEXT,
    JSON,
    SARIF,
    GITHUB;

    Report open(PrintWriter out, String version) {
      return switch (this) {
        case TEXT -> new TextReport(out);
        case JSON -> new JsonReport(out);
        case SARIF -> new SarifReport(out, version);
        case GITHUB -> new GithubReport(out);
      };
    }
  }
}
