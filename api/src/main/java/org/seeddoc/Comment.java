package org.seeddoc;

import java.util.Objects;

/**
 * One YAML comment of the front matter, with the field it belongs to. {@code docs/format.md}
 * (section "Comments") gives the rules that attach a comment to a field. Immutable and thread-safe.
 *
 * @param place where the comment stands relative to its field
 * @param field the field path it belongs to, such as {@code related[0].webUrl}; the empty path for
 *     the front matter as a whole (the header, and the closing comments after the last field)
 * @param text what follows the {@code #}, less one space after it and any white space at its end;
 *     the rest byte for byte
 * @param position where its {@code #} stands in the source, or null for a comment made in code
 */
public record Comment(Comment.Place place, String field, String text, Position position) {
  /** Where a comment stands relative to its field. */
  public enum Place {
    /** At the top of the front matter, separated from the first field by a blank line. */
    HEADER,
    /** On the lines above the field's key, or above a list item's dash. */
    LEADING,
    /**
     * At the end of the field's line: after its value, or after its key when the value is a block
     * below it.
     */
    TRAILING,
    /**
     * After the last entry of the field's mapping or the last item of its list, indented as they
     * are.
     */
    CLOSING,
    /**
     * Where the canonical layout has no place for it: inside a flow collection ({@code [a, # c]}),
     * which the canonical layout writes as a block. Formatting cannot keep such a comment.
     */
    UNPLACED
  }

  /**
   * Checks the components.
   *
   * @param place where the comment stands relative to its field
   * @param field the field path it belongs to
   * @param text the comment's text, on one line
   * @param position where it stands, or null
   * @throws IllegalArgumentException if the text holds a line break or a character YAML allows in a
   *     file only escaped (a comment has no escapes), or ends with white space, which reading drops
   */
  public Comment {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a comment is one line; this one holds a line break");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
      } else if ((c < 0x20 && c != '\t')
          || (c >= 0x7F && c <= 0x9F && c != 0x85)
          || c == 0xFFFE
          || c == 0xFFFF
          || Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            String.format(
                "a comment cannot hold U+%04X: YAML allows it in a file only escaped, and a comment has no escapes",
                (int) c));
      }
    }
    if (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
      throw new IllegalArgumentException(
          "a comment's text ends with white space, which reading drops; strip it first");
    }
  }

  /**
   * The comment as the canonical layout writes it: {@code #}, a space, and the text.
   *
   * @return the comment's line, without indentation
   */
  public String written() {
    return text.isEmpty() ? "#" : "# " + text;
  }
}
