package org.seeddoc.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;

/**
 * Collects the validator's findings, each at its field's position. A field the reader already
 * reported an error for (missing, of the wrong type) is not reported again.
 */
public final class Reporter {
  private final String source;
  private final Function<String, Position> positions;
  private final Set<String> reportedByReader;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Creates a reporter.
   *
   * @param source the source name for findings
   * @param positions the position of a field path, or null when the source has none
   * @param reportedByReader the field paths the reader already reported errors for
   */
  public Reporter(String source, Function<String, Position> positions, Set<String> reportedByReader) {
    this.source = source;
    this.positions = positions;
    this.reportedByReader = reportedByReader;
  }

  void report(Rule rule, String path, String message, String fix) {
    if (reportedByReader.contains(path)) {
      return;
    }
    Position at = locate(path);
    findings.add(new Finding(rule.id(), rule.severity(), source,
        at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message, fix));
  }

  /**
   * The findings so far.
   *
   * @return the findings, in the order they were reported
   */
  public List<Finding> findings() {
    return findings;
  }

  /** The field's position, or that of the nearest enclosing field that has one. */
  private Position locate(String path) {
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      Position at = positions.apply(p);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
