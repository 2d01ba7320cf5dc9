package org.seeddoc.cli;

/**
 * Text from a file made safe to print on a terminal line: control characters, line and paragraph
 * separators and bidi controls become Java-style escapes (a backslash, {@code u} and four hex
 * digits), so a value can neither break the line, forge another one, move the cursor nor reorder
 * what follows it.
 */
final class TerminalText {
  private TerminalText() {}

  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
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
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C
        || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
