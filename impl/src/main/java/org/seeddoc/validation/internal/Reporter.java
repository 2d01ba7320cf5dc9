package org.seeddoc.validation.internal;

import java.util.Set;
import java.util.function.Function;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.spi.FindingText;

/**
 * Hands the validator's findings to the collector, each at its field's position. A field the reader
 * already reported an error for (missing, of the wrong type) is not reported again.
 */
public final class Reporter {
  private final FindingCollector out;
  private final Function<String, Position> positions;
  private final Set<String> reportedByReader;

  /**
   * Creates a reporter.
   *
   * @param out where findings go
   * @param positions the position of a field path, or null when the source has none
   * @param reportedByReader the field paths the reader already reported errors for
   */
  public Reporter(
      FindingCollector out, Function<String, Position> positions, Set<String> reportedByReader) {
    this.out = out;
    this.positions = positions;
    this.reportedByReader = reportedByReader;
  }

  /** How many characters of a value a message quotes at most. */
  private static final int SHOWN = 60;

  /** A value as messages quote it: escaped, cut to {@value #SHOWN} characters. */
  static String quoted(String value) {
    return FindingText.quoted(value, SHOWN);
  }

  void report(Rule rule, String path, String message, String fix) {
    if (!reportedByReader.contains(path) && !out.countedOnly(rule, path)) {
      out.report(rule, path, locate(path), message, fix);
    }
  }

  /** The field's position, or that of the nearest enclosing field that has one. */
  private Position locate(String path) {
    for (String p = path; !p.isEmpty(); p = FieldPath.parent(p)) {
      Position at = positions.apply(p);
      if (at != null) {
        return at;
      }
    }
    return null;
  }
}
