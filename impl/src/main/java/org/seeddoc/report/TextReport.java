package org.seeddoc.report;

import java.io.PrintWriter;
import org.seeddoc.Finding;

/**
 * One line per finding, {@code file:line:column: severity [RULE] message}, followed, as compilers
 * print notes, by an indented {@code fix: …} line with the whole suggested value when the finding
 * has one; a line for each file {@code fmt} wrote; and for {@code check} a summary line.
 */
final class TextReport implements Report {
  private final PrintWriter out;
  private final boolean summary;

  TextReport(PrintWriter out, boolean summary) {
    this.out = out;
    this.summary = summary;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Finding finding : outcome.findings()) {
      out.println(finding);
      if (finding.fix() != null) {
        out.println("  fix: " + Finding.printable(finding.fix()));
      }
    }
    if (outcome.change() != null) {
      out.println(outcome.change());
    }
  }

  @Override
  public void finish(Totals totals) {
    if (summary) {
      out.println(
          totals.files()
              + " files, "
              + totals.errors()
              + " errors, "
              + totals.warnings()
              + " warnings");
    }
  }
}
