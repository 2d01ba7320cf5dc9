package org.seeddoc;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a seed document, by the reader or by a validator.
 *
 * <p>Invalid content is reported as findings, not thrown. A finding points at the key of the field
 * it names; for a list item, at the item; for a missing key, at the mapping that should hold it.
 * Findings about a document built in code, which has no source, have line and column 0.
 *
 * <p>A finding keeps the {@link Rule} that produced it. Its severity is the rule's default unless a
 * configuration set another level for the rule ({@link #withSeverity(Severity)}). Immutable and
 * thread-safe. Rule, severity, source and message must not be null.
 *
 * @param rule the rule the document breaks; its {@link Rule#id() id}, such as {@code SD201}, is
 *     stable, see {@code docs/rules.md}
 * @param severity how serious the finding is: the rule's {@link Rule#severity() default}, or the
 *     level a configuration gives the rule
 * @param source the name of the file or other source, as given to the reader
 * @param line the 1-based line, or 0 when the document has no source positions
 * @param column the 1-based column in code points, or 0 when the document has no source positions
 * @param field the field path, such as {@code related[0].webUrl}, or {@code null} for a finding
 *     about the whole file
 * @param message what is wrong, in one line
 * @param fix the suggested replacement value, or {@code null} when there is none
 */
public record Finding(
    Rule rule,
    Severity severity,
    String source,
    int line,
    int column,
    String field,
    String message,
    String fix) {

  /** Orders findings by line, then column, then rule id, then field path. */
  public static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(f -> f.rule().id())
          .thenComparing(f -> f.field() == null ? "" : f.field());

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param rule the rule the document breaks
   * @param severity how serious the finding is
   * @param source the name of the file or other source, as given to the reader
   * @param line the 1-based line, or 0 when the document has no source positions
   * @param column the 1-based column in code points, or 0 when the document has no source positions
   * @param field the field path, such as {@code related[0].webUrl}, or {@code null} for a finding
   *     about the whole file
   * @param message what is wrong, in one line
   * @param fix the suggested replacement value, or {@code null} when there is none
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a finding with its rule's default severity.
   *
   * @param rule the rule the document breaks
   * @param source the name of the file or other source, as given to the reader
   * @param line the 1-based line, or 0 when the document has no source positions
   * @param column the 1-based column in code points, or 0 when the document has no source positions
   * @param field the field path, or {@code null} for a finding about the whole file
   * @param message what is wrong, in one line
   * @param fix the suggested replacement value, or {@code null} when there is none
   */
  public Finding(
      Rule rule, String source, int line, int column, String field, String message, String fix) {
    this(rule, rule.severity(), source, line, column, field, message, fix);
  }

  /**
   * The same finding at another severity, as a configuration sets a rule's level.
   *
   * @param level the severity to give it
   * @return this finding when it already has that severity, or a copy with it
   */
  public Finding withSeverity(Severity level) {
    return level == severity
        ? this
        : new Finding(rule, level, source, line, column, field, message, fix);
  }

  /**
   * The same finding with another source name, such as its file's path relative to a project rather
   * than as it was opened.
   *
   * @param name the source name to give it
   * @return a copy with that source
   */
  public Finding withSource(String name) {
    return new Finding(rule, severity, name, line, column, field, message, fix);
  }

  /**
   * Whether this finding is an error.
   *
   * @return true when the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Formats the finding as one line: {@code file:line:column: severity [RULE] message}. Control
   * characters, line separators and bidi controls in the source name or the message are escaped (a
   * backslash, {@code u} and four hex digits), so the line is always one line.
   *
   * @return the finding as a single line of text
   */
  @Override
  public String toString() {
    return printable(source)
        + ":"
        + line
        + ":"
        + column
        + ": "
        + severity().label()
        + " ["
        + rule.id()
        + "] "
        + printable(message);
  }

  /**
   * Text made safe to print as it is, on one line: control characters, DEL, C1 controls, line and
   * paragraph separators, bidi controls and unpaired surrogates become Java-style escapes (a
   * backslash, {@code u} and four hex digits); everything else, backslashes included, is kept.
   *
   * <p>This is the one escaping rule of every seeddoc output for text that came from a file or a
   * user; a tool that prints names or values next to seeddoc's findings can use it too.
   *
   * @param text the text, such as a file name or a suggested value
   * @return the printable text
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = isUnsafe(c) || (Character.isSurrogate(c) && !isPaired(text, i));
      if (unsafe) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
