package org.seeddoc;

import java.util.List;

/**
 * Thrown when a document cannot be read: the one exception seeddoc's reader throws for bad input,
 * whatever the input. It names the source, the 1-based line and column of the first error, and its
 * message ends with a snippet of that line and a caret under the column:
 *
 * <pre>
 * seeds/000.txt:10:10: error [SD102] expected an integer for 'quality', found "high"
 *     quality: "high"
 *              ^
 * </pre>
 *
 * <p>{@link #findings()} lists every error the reader found, not just the first. Immutable and
 * thread-safe.
 */
public final class SeedFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /**
   * Creates the exception for a list of errors.
   *
   * @param findings the errors, first the one the message shows; at least one
   * @param snippet the snippet to show under the first error, or the empty string for none
   * @throws IllegalArgumentException if there is no finding
   */
  public SeedFormatException(List<Finding> findings, String snippet) {
    super(message(findings, snippet));
    this.findings = List.copyOf(findings);
  }

  private static String message(List<Finding> findings, String snippet) {
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one finding");
    }
    String more = findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "";
    return findings.get(0) + more + (snippet.isEmpty() ? "" : "\n" + snippet);
  }

  /**
   * Every error the reader found, sorted by position.
   *
   * @return the errors; unmodifiable, never empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The source of the document, as given to the reader.
   *
   * @return the source name
   */
  public String source() {
    return findings.get(0).source();
  }

  /**
   * The line of the first error.
   *
   * @return the 1-based line
   */
  public int line() {
    return findings.get(0).line();
  }

  /**
   * The column of the first error.
   *
   * @return the 1-based column, in code points
   */
  public int column() {
    return findings.get(0).column();
  }
}
