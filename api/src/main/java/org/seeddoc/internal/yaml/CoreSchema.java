package org.seeddoc.internal.yaml;

import java.math.BigInteger;

/** How YAML 1.2's core schema reads plain scalars: null, booleans and integers. */
public final class CoreSchema {

  /** Longer than any int in any base, even with leading zeros that a person might write. */
  private static final int MAX_INT_TEXT = 64;

  private CoreSchema() {}

  /**
   * Whether a plain scalar is null.
   *
   * @param plain the scalar's text
   * @return true for the empty text, {@code ~} and the spellings of null
   */
  public static boolean isNull(String plain) {
    return switch (plain) {
      case "", "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  /**
   * The boolean a plain scalar stands for.
   *
   * @param plain the scalar's text
   * @return the boolean, or null when it is not a boolean
   */
  public static Boolean bool(String plain) {
    return switch (plain) {
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * Whether a plain scalar is an integer: {@code [-+]?[0-9]+}, {@code 0o[0-7]+} or {@code
   * 0x[0-9a-fA-F]+}.
   *
   * @param plain the scalar's text
   * @return whether it resolves to an integer
   */
  public static boolean isInteger(String plain) {
    if (plain.startsWith("0o") || plain.startsWith("0x")) {
      int radix = plain.charAt(1) == 'o' ? 8 : 16;
      return plain.length() > 2 && allDigits(plain, 2, radix);
    }
    int from = plain.startsWith("-") || plain.startsWith("+") ? 1 : 0;
    return plain.length() > from && allDigits(plain, from, 10);
  }

  private static boolean allDigits(String text, int from, int radix) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 'f' || Character.digit(c, radix) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A decimal integer written with a leading zero ({@code 017}, {@code -007}), which YAML 1.2 reads
   * as decimal and YAML 1.1 as octal: every such integer is one error, however many zeros it has.
   *
   * @param plain the text of a plain scalar that {@link #isInteger} accepts
   * @return the integer in plain decimal, such as {@code 17}, or null when it has no leading zero
   */
  public static String withoutLeadingZeros(String plain) {
    int from = plain.startsWith("-") || plain.startsWith("+") ? 1 : 0;
    if (plain.length() - from < 2
        || plain.charAt(from) != '0'
        || plain.charAt(from + 1) == 'o'
        || plain.charAt(from + 1) == 'x') {
      return null;
    }
    int first = from;
    while (first < plain.length() - 1 && plain.charAt(first) == '0') {
      first++;
    }
    String digits = plain.substring(first);
    return digits.equals("0") || !plain.startsWith("-") ? digits : "-" + digits;
  }

  /**
   * The value of a plain integer scalar, or null when it does not fit in an {@code int}. Long digit
   * strings are refused before any arithmetic, so a hostile number costs nothing.
   *
   * @param plain the text of a plain scalar that {@link #isInteger} accepts
   * @return the value, or null when out of range
   */
  public static Integer intValue(String plain) {
    if (plain.length() > MAX_INT_TEXT) {
      return null;
    }
    if (isShortDecimal(plain)) {
      return Integer.parseInt(
          plain); // nine digits always fit; BigInteger was a tenth of reading integers
    }
    BigInteger value;
    if (plain.startsWith("0o")) {
      value = new BigInteger(plain.substring(2), 8);
    } else if (plain.startsWith("0x")) {
      value = new BigInteger(plain.substring(2), 16);
    } else {
      value = new BigInteger(plain.startsWith("+") ? plain.substring(1) : plain);
    }
    return value.bitLength() < Integer.SIZE ? value.intValue() : null;
  }

  /** Whether a plain integer is decimal, signed or not, with at most nine digits. */
  private static boolean isShortDecimal(String plain) {
    int from = plain.charAt(0) == '-' || plain.charAt(0) == '+' ? 1 : 0;
    if (plain.length() == from || plain.length() - from > 9) {
      return false;
    }
    for (int i = from; i < plain.length(); i++) {
      if (plain.charAt(i) < '0' || plain.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
