package org.seeddoc.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.spi.FindingText;

/**
 * The rules {@code --select} and {@code --ignore} leave reported, on top of the configuration's
 * levels, as ruff's options of the same names: each takes rule ids or their prefixes ({@code SD2}
 * is every value rule), comma-separated or repeated; {@code --ignore} wins over {@code --select}.
 * They choose among the findings the configuration reports, so they cannot turn on a rule the
 * configuration turned off. Immutable.
 */
final class RuleSelection {
  private final Set<Rule> reported;

  private RuleSelection(Set<Rule> reported) {
    this.reported = reported;
  }

  /**
   * The selection of the options' values.
   *
   * @param select the ids and prefixes of {@code --select}, or empty for every rule
   * @param ignore the ids and prefixes of {@code --ignore}
   * @throws IllegalArgumentException for an id or prefix that names no rule, saying which
   */
  static RuleSelection of(List<String> select, List<String> ignore) {
    Set<Rule> reported = select.isEmpty() ? EnumSet.allOf(Rule.class) : rules("--select", select);
    reported.removeAll(rules("--ignore", ignore));
    return new RuleSelection(reported);
  }

  /** Whether the selection is every rule, so that findings need no filtering. */
  boolean isAll() {
    return reported.size() == Rule.values().length;
  }

  /** The findings of rules the selection reports. */
  List<Finding> filter(List<Finding> findings) {
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (reported.contains(finding.rule())) {
        kept.add(finding);
      }
    }
    return kept;
  }

  private static Set<Rule> rules(String option, List<String> values) {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        String prefix = part.strip();
        List<Rule> named =
            Arrays.stream(Rule.values()).filter(rule -> rule.id().startsWith(prefix)).toList();
        if (prefix.isEmpty() || named.isEmpty()) {
          throw new IllegalArgumentException(
              option
                  + ": "
                  + FindingText.quoted(prefix, 40)
                  + " names no rule; rules are "
                  + Rule.values()[0].id()
                  + " to "
                  + Rule.values()[Rule.values().length - 1].id()
                  + ", listed by 'seeddoc rule'");
        }
        rules.addAll(named);
      }
    }
    return rules;
  }
}
