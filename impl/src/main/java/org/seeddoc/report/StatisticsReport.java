package org.seeddoc.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.format.FixSafety;

/**
 * How many findings each rule has, most first and then by rule id, one rule a line: the count, the
 * rule id, {@code [*]} when its findings are fixable ({@code [-]} with {@code --unsafe-fixes}), and
 * the rule's summary; then the summary line. What {@code ruff check --statistics} prints.
 */
final class StatisticsReport implements Report {
  private final PrintWriter out;
  private final TextReport summary;
  private final Map<Rule, int[]> counts = new EnumMap<>(Rule.class);
  private final Map<Rule, FixSafety> safety = new EnumMap<>(Rule.class);

  StatisticsReport(PrintWriter out, TextReport summary) {
    this.out = out;
    this.summary = summary;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Finding finding : outcome.findings()) {
      counts.computeIfAbsent(finding.rule(), rule -> new int[1])[0]++;
      FixSafety fix = FixSafety.of(finding);
      safety.merge(finding.rule(), fix, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }

  @Override
  public void finish(Totals totals) {
    List<Rule> rules = new ArrayList<>(counts.keySet());
    rules.sort((a, b) -> Integer.compare(counts.get(b)[0], counts.get(a)[0]));
    int width = rules.isEmpty() ? 1 : String.valueOf(counts.get(rules.get(0))[0]).length();
    for (Rule rule : rules) {
      String mark =
          switch (safety.get(rule)) {
            case SAFE -> "[*]";
            case UNSAFE -> "[-]";
            case NONE -> "   ";
          };
      out.println(
          String.format(Locale.ROOT, "%" + width + "d", counts.get(rule)[0])
              + "  "
              + rule.id()
              + "  "
              + mark
              + " "
              + rule.summary());
    }
    summary.finish(totals);
  }
}
