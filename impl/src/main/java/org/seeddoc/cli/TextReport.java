package org.seeddoc.cli;

import java.io.PrintWriter;
import java.util.List;
import org.seeddoc.Finding;

/** One line per finding, {@code file:line:column: severity [RULE] message}, then a summary line. */
final class TextReport implements Report {
  private final PrintWriter out;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(List<Finding> findings) {
    findings.forEach(out::println);
  }

  @Override
  public void finish(Totals totals) {
    out.println(totals.files() + " files, " + totals.errors() + " errors, " + totals.warnings() + " warnings");
  }
}
