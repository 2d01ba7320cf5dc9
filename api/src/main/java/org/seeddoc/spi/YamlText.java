package org.seeddoc.spi;

import java.util.Set;
import java.util.regex.Pattern;
import org.seeddoc.YamlValue;

/** How the canonical layout writes scalars: the double-quote escapes and the plain-token rule. */
public final class YamlText {
  /** Words that YAML 1.1 or 1.2 reads as booleans or null. */
  private static final Set<String> RESERVED_WORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

  /** Plain scalars starting with a digit that YAML 1.1 or 1.2 reads as numbers or timestamps. */
  private static final Pattern NUMERIC =
      Pattern.compile(
          String.join(
              "|",
              // YAML 1.2 core: integers and floats
              "[0-9]+",
              "0o[0-7]+",
              "0x[0-9a-fA-F]+",
              "[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?",
              // YAML 1.1: integers with underscores, binary, octal, hex and base 60
              "0b[0-1_]+",
              "0[0-7_]+",
              "[0-9][0-9_]*",
              "0x[0-9a-fA-F_]+",
              "[0-9][0-9_]*(:[0-5]?[0-9])+",
              // YAML 1.1: floats, including base 60
              "[0-9][0-9_]*\\.[0-9_]*([eE][-+][0-9]+)?",
              "[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*",
              // YAML 1.1: timestamps
              "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                  + "(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
                  + "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?"));

  private YamlText() {}

  /**
   * Writes text as a double-quoted YAML scalar. Only {@code \}, {@code "} and characters a reader
   * could lose or mistake are escaped; everything else, emoji included, is written as itself.
   *
   * @param text the value
   * @return the scalar, quotes included
   * @throws IllegalArgumentException if the text holds an unpaired surrogate, which UTF-8 cannot
   *     hold
   */
  public static String doubleQuoted(String text) {
    int unescaped = unescapedPrefix(text);
    if (unescaped == text.length()) {
      return "\"" + text + "\"";
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append('"').append(text, 0, unescaped);
    for (int i = unescaped; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      appendEscaped(out, c);
    }
    return out.append('"').toString();
  }

  /**
   * How many chars at the start of a text are written as they are: most text has no character to
   * escape, and is then copied whole rather than code point by code point.
   */
  private static int unescapedPrefix(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20
          || c == '"'
          || c == '\\'
          || (c >= 0x7F && c <= 0x9F)
          || c == 0x2028
          || c == 0x2029
          || c == 0xFEFF
          || c == 0xFFFE
          || c == 0xFFFF) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == text.length()
            || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return i;
        }
        i++;
      }
    }
    return text.length();
  }

  private static void appendEscaped(StringBuilder out, int c) {
    switch (c) {
      case '\\' -> out.append("\\\\");
      case '"' -> out.append("\\\"");
      case '\t' -> out.append("\\t");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case 0 -> out.append("\\0");
      case 0x1B -> out.append("\\e");
      case 0x2028 -> out.append("\\L");
      case 0x2029 -> out.append("\\P");
      default -> {
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
          throw new IllegalArgumentException(
              String.format("unpaired surrogate U+%04X cannot be written as UTF-8", c));
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
          out.append(String.format("\\x%02X", c));
        } else if (c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
          out.append(String.format("\\u%04X", c));
        } else {
          out.appendCodePoint(c);
        }
      }
    }
  }

  /**
   * Whether a token can be written without quotes: it starts with a letter or digit, holds nothing
   * YAML gives a meaning to, and both YAML 1.2 core and YAML 1.1 readers read it back as this text.
   *
   * @param text the token
   * @return true when it may be written plain
   */
  public static boolean isPlainSafe(String text) {
    if (text.isEmpty() || !Character.isLetterOrDigit(text.codePointAt(0))) {
      return false;
    }
    // The model owns the rule for plain scalars; a token is stricter only in quotes and
    // backslashes.
    if (!new YamlValue.Scalar(text, true).plain()
        || text.indexOf('"') >= 0
        || text.indexOf('\\') >= 0) {
      return false;
    }
    return Character.isDigit(text.charAt(0))
        ? !NUMERIC.matcher(text).matches()
        : !RESERVED_WORDS.contains(text);
  }
}
