package org.seeddoc.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.seeddoc.Finding;

/**
 * One JSON object: {@code {"files": N, "errors": N, "warnings": N, "findings": [...]}}, each
 * finding with file, line, column, severity, rule, field, message and fix.
 */
final class JsonReport implements Report {
  private final PrintWriter out;
  private final List<Finding> findings = new ArrayList<>();

  JsonReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(FileOutcome outcome) {
    findings.addAll(outcome.findings());
  }

  @Override
  public void finish(Totals totals) {
    out.print(
        "{\"files\": "
            + totals.files()
            + ", \"errors\": "
            + totals.errors()
            + ", \"warnings\": "
            + totals.warnings()
            + ", \"findings\": [");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.print(
          (i == 0 ? "\n  " : ",\n  ")
              + "{\"file\": "
              + Json.string(f.source())
              + ", \"line\": "
              + f.line()
              + ", \"column\": "
              + f.column()
              + ", \"severity\": "
              + Json.string(f.severity().label())
              + ", \"rule\": "
              + Json.string(f.rule().id())
              + ", \"field\": "
              + Json.string(f.field())
              + ", \"message\": "
              + Json.string(f.message())
              + ", \"fix\": "
              + Json.string(f.fix())
              + "}");
    }
    out.println(findings.isEmpty() ? "]}" : "\n]}");
  }
}
