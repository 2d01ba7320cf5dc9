package org.seeddoc;

import java.util.List;
import java.util.Objects;

/**
 * A YAML value kept as it was written, for fields the model does not know.
 *
 * <p>seeddoc keeps unknown fields so that formatting a file never loses what its author wrote. A
 * scalar remembers whether it was plain, because a plain {@code 0x1F} is a number to a YAML reader
 * while a quoted one is text; the writer keeps plain scalars plain and double-quotes the others.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface YamlValue {

  /**
   * A scalar. {@code plain} is true only when the text can be written as a plain scalar at all: a
   * text with a line break, white space at an end, {@code ": "} or {@code " #"}, an indicator at
   * its start or a control character is never plain, whatever the constructor was given. (A plain
   * scalar folded over a blank line holds a line break; it is read as text all the same.)
   *
   * @param text the scalar's value, after YAML's escapes and line folding
   * @param plain whether it was written, and will be written, without quotes
   */
  record Scalar(String text, boolean plain) implements YamlValue {
    /**
     * Creates the record, checking its components as the type's description says.
     *
     * @param text the scalar's value, after YAML's escapes and line folding
     * @param plain whether it was written without quotes or block indicators
     */
    public Scalar {
      Objects.requireNonNull(text, "text");
      plain = plain && canBePlain(text);
    }

    /**
     * Whether text can be written as a plain scalar in block context and read back as itself: one
     * line, no white space at either end, no {@code ": "} or {@code " #"}, no indicator at the
     * start but {@code -}, {@code ?} or {@code :} followed by a non-space, and only printable
     * characters. Unlike the writer's test for tokens, it says nothing of how a reader types the
     * text.
     *
     * @param text the scalar's text
     * @return true when it may be written plain
     */
    private static boolean canBePlain(String text) {
      if (text.isEmpty()) {
        return true;
      }
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      if (first == ' '
          || last == ' '
          || last == ':'
          || text.contains(": ")
          || text.contains(" #")
          || "[]{},#&*!|>'\"%@`".indexOf(first) >= 0
          || ("-?:".indexOf(first) >= 0 && (text.length() == 1 || text.charAt(1) == ' '))) {
        return false;
      }
      // Quotes and backslashes mean nothing inside a plain scalar, only at its start.
      return text.codePoints().allMatch(c -> c == '"' || c == '\\' || isPlainCharacter(c));
    }

    /**
     * Printable characters with no meaning inside a plain scalar; line breaks of any YAML version
     * are out.
     */
    private static boolean isPlainCharacter(int c) {
      return c != '"'
          && c != '\\'
          && c >= 0x20
          && !(c >= 0x7F && c <= 0x9F)
          && c != 0x2028
          && c != 0x2029
          && c != 0xFEFF
          && c != 0xFFFE
          && c != 0xFFFF
          && !(c >= 0xD800 && c <= 0xDFFF);
    }
  }

  /**
   * A sequence.
   *
   * @param items the items, in order; unmodifiable
   */
  record Sequence(List<YamlValue> items) implements YamlValue {
    /**
     * Creates the record, checking its components as the type's description says.
     *
     * @param items the items, in order; unmodifiable
     */
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A mapping with text keys.
   *
   * @param entries the entries, in the order they were written; unmodifiable
   */
  record Mapping(List<UnknownField> entries) implements YamlValue {
    /**
     * Creates the record, checking its components as the type's description says.
     *
     * @param entries the entries, in the order they were written; unmodifiable
     */
    public Mapping {
      entries = List.copyOf(entries);
    }
  }
}
