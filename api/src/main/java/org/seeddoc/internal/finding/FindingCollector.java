package org.seeddoc.internal.finding;

import java.util.ArrayList;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;

/**
 * Collects the findings of one source: the one factory of {@link Finding}s, shared by the reader,
 * the validator and the command-line tool, and the one place they are sorted. Not thread-safe: one
 * collector per source and thread.
 */
public final class FindingCollector {
  private final String source;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Starts collecting.
   *
   * @param source the source name findings carry
   */
  public FindingCollector(String source) {
    this.source = source;
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
    findings.add(new Finding(rule, source, at == null ? 0 : at.line(), at == null ? 0 : at.column(), field, message, fix));
  }

  /**
   * Adds findings made earlier for the same source, such as the reader's to the validator's.
   *
   * @param earlier the findings
   */
  public void addAll(List<Finding> earlier) {
    findings.addAll(earlier);
  }

  /**
   * Every finding so far, in {@link Finding#BY_POSITION} order.
   *
   * @return the findings; unmodifiable
   */
  public List<Finding> sorted() {
    findings.sort(Finding.BY_POSITION);
    return List.copyOf(findings);
  }
}
