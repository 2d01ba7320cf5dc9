package org.seeddoc.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;

/**
 * Collects the findings of one source: the one factory of {@link Finding}s, shared by the reader,
 * the validator and the command-line tool, and the one place they are sorted. Not thread-safe: one
 * collector per source and thread.
 *
 * <p>Of the findings of one rule about the items of one list, the first {@value #MAX_PER_LIST} are
 * kept and the rest counted, and one more finding of that rule, at the list, says how many were
 * left out: 40,000 blank topics give 100 findings and a summary, not 40,000 lines.
 */
public final class FindingCollector {
  /** How many findings of one rule about the items of one list are kept. */
  public static final int MAX_PER_LIST = 100;

  private final String source;
  private final BiPredicate<Rule, String> silenced;
  private final List<Finding> findings = new ArrayList<>();

  /** Per rule and list: how many findings came, and where the first one left out stood. */
  private Map<String, LeftOut> perList;

  private static final class LeftOut {
    final Rule rule;
    final String list;
    int count;
    Position first;

    LeftOut(Rule rule, String list) {
      this.rule = rule;
      this.list = list;
    }
  }

  /**
   * Starts collecting.
   *
   * @param source the source name findings carry
   */
  public FindingCollector(String source) {
    this(source, null);
  }

  /**
   * Starts collecting, leaving out the findings that something silences, such as a suppression
   * comment. They are left out as they come, before the findings about a list's items are capped,
   * so that a silenced finding is neither listed nor counted in the summary of those left out.
   *
   * @param source the source name findings carry
   * @param silenced whether a finding of a rule about a field (never null) is silenced; null for
   *     none
   */
  public FindingCollector(String source, BiPredicate<Rule, String> silenced) {
    this.source = source;
    this.silenced = silenced;
  }

  private boolean isSilenced(Rule rule, String field) {
    return silenced != null && field != null && silenced.test(rule, field);
  }

  /**
   * Reports a finding without a fix.
   *
   * @param rule the rule
   * @param field the field path, or null for the whole source
   * @param at where, or null when the source has no positions (line and column 0)
   * @param message what is wrong
   */
  public void report(Rule rule, String field, Position at, String message) {
    report(rule, field, at, message, null);
  }

  /**
   * Reports a finding.
   *
   * @param rule the rule
   * @param field the field path, or null for the whole source
   * @param at where, or null when the source has no positions (line and column 0)
   * @param message what is wrong
   * @param fix the suggested value, or null
   */
  public void report(Rule rule, String field, Position at, String message, String fix) {
    if (isSilenced(rule, field)) {
      return;
    }
    int item = field == null ? -1 : field.lastIndexOf('[');
    if (item > 0) {
      if (perList == null) {
        perList = new HashMap<>();
      }
      String list = field.substring(0, item);
      LeftOut counted =
          perList.computeIfAbsent(rule.id() + " " + list, key -> new LeftOut(rule, list));
      if (++counted.count > MAX_PER_LIST) {
        if (counted.first == null) {
          counted.first = at;
        }
        return;
      }
    }
    add(rule, field, at, message, fix);
  }

  private void add(Rule rule, String field, Position at, String message, String fix) {
    findings.add(
        new Finding(
            rule,
            source,
            at == null ? 0 : at.line(),
            at == null ? 0 : at.column(),
            field,
            message,
            fix));
  }

  /**
   * Counts a finding that would only be counted, not kept, without its position or message being
   * worked out: the caller skips making them for the items of a list past the first {@value
   * #MAX_PER_LIST}.
   *
   * @param rule the rule
   * @param field the field path
   * @return true when the finding was counted, or silenced, and need not be reported
   */
  public boolean countedOnly(Rule rule, String field) {
    if (isSilenced(rule, field)) {
      return true;
    }
    int item = field == null ? -1 : field.lastIndexOf('[');
    if (item <= 0 || perList == null) {
      return false;
    }
    LeftOut counted = perList.get(rule.id() + " " + field.substring(0, item));
    if (counted == null || counted.first == null) {
      return false;
    }
    counted.count++;
    return true;
  }

  /**
   * Adds findings made earlier for the same source, such as the reader's to the validator's, less
   * those this collector silences.
   *
   * @param earlier the findings
   */
  public void addAll(List<Finding> earlier) {
    if (silenced == null) {
      findings.addAll(earlier);
    } else {
      earlier.stream().filter(f -> !isSilenced(f.rule(), f.field())).forEach(findings::add);
    }
  }

  /**
   * Every finding so far, in {@link Finding#BY_POSITION} order.
   *
   * @return the findings; unmodifiable
   */
  public List<Finding> sorted() {
    if (perList != null) {
      for (LeftOut counted : perList.values()) {
        if (counted.count > MAX_PER_LIST) {
          add(
              counted.rule,
              counted.list,
              counted.first,
              (counted.count - MAX_PER_LIST)
                  + " more "
                  + counted.rule.id()
                  + " findings about the items of '"
                  + counted.list
                  + "' are not listed; the first "
                  + MAX_PER_LIST
                  + " are",
              null);
        }
      }
      perList = null;
    }
    findings.sort(Finding.BY_POSITION);
    return List.copyOf(findings);
  }
}
