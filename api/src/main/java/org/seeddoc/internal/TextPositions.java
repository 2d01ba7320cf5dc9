package org.seeddoc.internal;

import org.seeddoc.Position;

/** Positions of offsets into bytes or text, for problems found outside SnakeYAML's marks. */
final class TextPositions {
  private TextPositions() {}

  /** The position of a byte offset into UTF-8 bytes; columns count code points, not bytes. */
  static Position ofByte(byte[] bytes, int offset) {
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

  /** The position of a code point index into text whose first line is {@code firstLine}. */
  static Position ofCodePoint(String text, int codePointIndex, int firstLine) {
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

  /** The position of a char index into text whose first line is {@code firstLine}. */
  static Position ofChar(String text, int charIndex, int firstLine) {
    return ofCodePoint(text, text.codePointCount(0, Math.min(charIndex, text.length())), firstLine);
  }
}
