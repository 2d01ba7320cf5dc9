package org.seeddoc.report;

import org.seeddoc.spi.FindingText;

/**
 * JSON text for the reports and the JSON Schema. They write a handful of flat shapes, so a string
 * escaper is all they need; a JSON library would add a megabyte and start-up time to every
 * pre-commit run. Stateless and thread-safe.
 */
public final class Json {
  private Json() {}

  /**
   * A JSON string literal: quotes, backslashes and control characters escaped, and DEL, the C1
   * controls, U+2028, U+2029, bidi controls and unpaired surrogates as {@code \\u} escapes, so that
   * any text reads back as itself and none reaches a terminal or a viewer that shows the JSON raw.
   *
   * @param value the text, or null
   * @return the literal, or {@code null} for null
   */
  public static String string(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || FindingText.isBidiControlOrSeparator(c)
              || Character.isSurrogate(c) && !isPaired(value, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isPaired(String value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }
}
