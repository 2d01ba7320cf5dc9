package org.seeddoc.cli;

import java.io.PrintWriter;

/**
 * One line per finding, {@code file:line:column: severity [RULE] message}, a line for each file
 * {@code fmt} wrote, and for {@code check} a summary line.
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
    outcome.findings().forEach(out::println);
    if (outcome.rewritten()) {
      out.println("formatted " + outcome.file().path());
    }
  }

  @Override
  public void finish(Totals totals) {
    if (summary) {
      out.println(totals.files() + " files, " + totals.errors() + " errors, " + totals.warnings() + " warnings");
    }
  }
}
