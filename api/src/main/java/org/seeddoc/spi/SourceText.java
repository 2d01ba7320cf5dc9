package org.seeddoc.spi;

import org.seeddoc.Position;

/**
 * The one owner of "where": turns offsets into a file's bytes or text into {@link Position}s (lines
 * counted by LF from 1, columns in code points from 1, as {@code docs/format.md} defines them) and
 * draws the line of a position with a caret under it. Immutable and thread-safe.
 */
public final class SourceText {
  private static final int SNIPPET_WIDTH = 80;

  private final String text;
  private final int firstLine;

  private SourceText(String text, int firstLine) {
    this.text = text;
    this.firstLine = firstLine;
  }

  /**
   * A whole file's text.
   *
   * @param text the decoded file
   * @return the source text, whose first line is line 1
   */
  public static SourceText of(String text) {
    return new SourceText(text, 1);
  }

  /**
   * A part of a file that starts at the beginning of a line.
   *
   * @param text the part
   * @param firstLine the file line it starts on
   * @return the source text
   */
  public static SourceText of(String text, int firstLine) {
    return new SourceText(text, firstLine);
  }

  /**
   * The text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The position of a byte offset into UTF-8 bytes, for problems found before they are decoded.
   *
   * @param bytes the bytes
   * @param offset the offset, at most the number of bytes
   * @return the position, its column counted in code points
   */
  public static Position positionOfByte(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Position(line, column);
  }

  /**
   * The position of a char index.
   *
   * @param charIndex the index, clamped to the text's length
   * @return the position
   */
  public Position positionOfChar(int charIndex) {
    return positionOfCodePoint(
        text.codePointCount(0, Math.min(Math.max(0, charIndex), text.length())));
  }

  /**
   * The position of a code point index.
   *
   * @param codePointIndex the index; past the end means the end
   * @return the position
   */
  public Position positionOfCodePoint(int codePointIndex) {
    int line = firstLine;
    int column = 1;
    int chars = 0;
    for (int cp = 0; cp < codePointIndex && chars < text.length(); cp++) {
      int c = text.codePointAt(chars);
      chars += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }

  /**
   * Shows the line of a position with a caret under its column, as SnakeYAML prints its marks. Tabs
   * and control characters become spaces so the caret lines up, and long lines are cut to a window
   * around the column.
   *
   * @param line the line
   * @param column the column, in code points
   * @return two lines, each indented by four spaces, or the empty string when the line does not
   *     exist
   */
  public String snippet(int line, int column) {
    int start = 0;
    for (int i = firstLine; i < line; i++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        return "";
      }
    }
    if (line < firstLine) {
      return "";
    }
    int end = text.indexOf('\n', start);
    int[] codePoints =
        text.substring(start, end < 0 ? text.length() : end)
            .codePoints()
            .map(c -> c == '\t' || c == '\r' || Character.isISOControl(c) ? ' ' : c)
            .toArray();
    int caret = Math.min(Math.max(0, column - 1), codePoints.length);
    int from = Math.max(0, caret - SNIPPET_WIDTH / 2);
    int to = Math.min(codePoints.length, from + SNIPPET_WIDTH);
    String shown = new String(codePoints, from, to - from);
    return "    " + shown + "\n    " + " ".repeat(caret - from) + "^";
  }
}
