package org.seeddoc.internal;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** How YAML 1.2's core schema reads plain scalars: null, booleans and integers. */
final class CoreSchema {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");

  /** Longer than any int in any base, even with leading zeros that a person might write. */
  private static final int MAX_INT_TEXT = 64;

  private CoreSchema() {}

  static boolean isNull(String plain) {
    return switch (plain) {
      case "", "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  /** The boolean a plain scalar stands for, or null when it is not a boolean. */
  static Boolean bool(String plain) {
    return switch (plain) {
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      default -> null;
    };
  }

  static boolean isInteger(String plain) {
    return DECIMAL.matcher(plain).matches()
        || OCTAL.matcher(plain).matches()
        || HEX.matcher(plain).matches();
  }

  /**
   * The value of a plain integer scalar, or null when it does not fit in an {@code int}. Long digit
   * strings are refused before any arithmetic, so a hostile number costs nothing.
   */
  static Integer intValue(String plain) {
    if (plain.length() > MAX_INT_TEXT) {
      return null;
    }
    BigInteger value;
    if (OCTAL.matcher(plain).matches()) {
      value = new BigInteger(plain.substring(2), 8);
    } else if (HEX.matcher(plain).matches()) {
      value = new BigInteger(plain.substring(2), 16);
    } else {
      value = new BigInteger(plain.startsWith("+") ? plain.substring(1) : plain);
    }
    return value.bitLength() < Integer.SIZE ? value.intValue() : null;
  }
}
