package org.seeddoc.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.seeddoc.Finding;

/**
 * A GitLab Code Quality report: a JSON array with an issue per finding, its description, check name
 * (the rule id), fingerprint (the baseline's key, stable when fmt moves the finding), severity
 * ({@code major} for an error, {@code minor} for a warning) and location (the path from the
 * project's root, as GitLab resolves it, and the line).
 */
final class GitlabReport implements Report {
  private final PrintWriter out;
  private final List<String> issues = new ArrayList<>();

  GitlabReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Finding f : outcome.findings()) {
      issues.add(
          "{\"description\": "
              + Json.string(f.rule().id() + ": " + f.message())
              + ", \"check_name\": "
              + Json.string(f.rule().id())
              + ", \"fingerprint\": "
              + Json.string(FindingKeys.of(outcome, f))
              + ", \"severity\": "
              + Json.string(f.isError() ? "major" : "minor")
              + ", \"location\": {\"path\": "
              + Json.string(outcome.identity())
              + ", \"lines\": {\"begin\": "
              + Math.max(1, f.line())
              + "}}}");
    }
  }

  @Override
  public void finish(Totals totals) {
    out.print(issues.isEmpty() ? "[]\n" : "[\n  " + String.join(",\n  ", issues) + "\n]\n");
  }
}
