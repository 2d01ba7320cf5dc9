package org.seeddoc;

import java.util.Objects;

/**
 * One YAML comment of the front matter, with the field it belongs to. {@code docs/format.md}
 * (section "Comments") gives the rules that attach a comment to a field. Immutable and thread-safe.
 *
 * @param place where the comment stands relative to its field
 * @param field the field path it belongs to, such as {@code related[0].webUrl}; the empty path for the
 *     front matter as a whole (the header, and the closing comments after the last field)
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
    /** At the end of the field's line: after its value, or after its key when the value is a block below it. */
    TRAILING,
    /** After the last entry of the field's mapping or the last item of its list, indented as they are. */
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
   * @throws IllegalArgumentException if the text holds a line break
   */
  public Comment {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a comment is one line; this one holds a line break");
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
