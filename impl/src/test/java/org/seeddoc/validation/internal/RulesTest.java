package org.seeddoc.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seeddoc.Rule;

/**
 * Every rule is reported by a unit that says so: a family of the registry, or one of the places
 * listed here.
 */
class RulesTest {
  /** The rules no validator family reports, and who reports them instead. */
  private static final Map<Rule, String> REPORTED_ELSEWHERE =
      Map.ofEntries(
          Map.entry(Rule.ENCODING, "the reader (internal.source)"),
          Map.entry(Rule.ENVELOPE, "the reader (internal.source.Envelope)"),
          Map.entry(Rule.SYNTAX, "the reader (internal.yaml)"),
          Map.entry(Rule.REFUSED_FEATURE, "the reader (internal.yaml)"),
          Map.entry(
              Rule.LIMIT,
              "the reader (internal.source.ReaderLimits), and the formatter when the writer refuses"),
          Map.entry(Rule.DUPLICATE_KEY, "the reader (internal.read)"),
          Map.entry(Rule.NOT_A_MAPPING, "the reader (internal.read)"),
          Map.entry(Rule.BOM, "the reader (internal.source)"),
          Map.entry(Rule.CRLF, "the reader (internal.source)"),
          Map.entry(Rule.NOT_CANONICAL, "the formatter (format.SeedFormatter.check)"),
          Map.entry(Rule.COMMENTS, "the formatter (format.CanonicalForm)"),
          Map.entry(
              Rule.UNREADABLE,
              "a file that cannot be read (report.FileOutcome), or seeddoc's own failure on it (SeedValidator.check)"),
          Map.entry(Rule.CONFIG, "the configuration parser (config.internal.ConfigParser)"),
          Map.entry(Rule.WRONG_TYPE, "the reader (internal.read)"),
          Map.entry(Rule.UNKNOWN_KEY, "the reader (internal.read.KeySuggestion)"),
          Map.entry(Rule.DATE, "the reader (internal.util.Instants)"),
          Map.entry(Rule.FILE_NAME, "SeedValidator.check, for a file found in a folder"));

  @Test
  void everyRuleHasAUnitThatReportsIt() {
    Set<Rule> covered = EnumSet.copyOf(Rules.reported());
    covered.addAll(REPORTED_ELSEWHERE.keySet());
    Set<Rule> missing = EnumSet.allOf(Rule.class);
    missing.removeAll(covered);
    assertEquals(
        Set.of(),
        missing,
        "rules that no family reports and that are not listed as reported elsewhere");
  }

  @Test
  void noRuleIsListedAsElsewhereWhileAFamilyReportsIt() {
    Set<Rule> both = EnumSet.copyOf(Rules.reported());
    both.retainAll(REPORTED_ELSEWHERE.keySet());
    assertEquals(Set.of(), both);
  }
}
