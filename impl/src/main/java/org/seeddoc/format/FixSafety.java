package org.seeddoc.format;

import java.util.Set;
import org.seeddoc.Finding;
import org.seeddoc.Fixes;
import org.seeddoc.Rule;

/**
 * Whether {@code seeddoc fix} mends a finding, and whether it needs {@code --unsafe-fixes} to: the
 * one answer that the fixer, the reports' fixable counts and SARIF's fixes share, as ruff marks
 * each fix safe or unsafe.
 */
public enum FixSafety {
  /** Mended by {@code fix} and {@code check --fix}: a fix value of a rule whose fixes are sure. */
  SAFE,
  /** Mended only with {@code --unsafe-fixes}: the fix is a guess, such as SD214's repair. */
  UNSAFE,
  /** Not mended by a tool: it needs a person. */
  NONE;

  /** The findings that writing the canonical layout mends, though they carry no fix value. */
  private static final Set<Rule> LAYOUT = Set.of(Rule.BOM, Rule.CRLF, Rule.NOT_CANONICAL);

  /**
   * How a finding is mended.
   *
   * @param finding a finding
   * @return its safety
   */
  public static FixSafety of(Finding finding) {
    if (LAYOUT.contains(finding.rule())) {
      return SAFE;
    }
    if (!Fixes.isFixable(finding)) {
      return NONE;
    }
    return finding.rule().hasSafeFix() ? SAFE : UNSAFE;
  }
}
