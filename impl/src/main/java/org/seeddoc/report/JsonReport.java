package org.seeddoc.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seeddoc.Finding;
import org.seeddoc.format.FixSafety;

/**
 * One JSON object: {@code {"files": N, "errors": N, "warnings": N, "findings": [...]}}, each
 * finding with file, line, column, severity, rule, field, message, fix, and fixable: {@code safe}
 * ({@code seeddoc fix} mends it), {@code unsafe} (only with {@code --unsafe-fixes}) or {@code
 * none}.
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
              + ", \"fixable\": "
              + Json.string(FixSafety.of(f).name().toLowerCase(Locale.ROOT))
              + "}");
    }
    out.println(findings.isEmpty() ? "]}" : "\n]}");
  }
}
