package org.seeddoc.validation.internal;

import java.net.IDN;
import java.util.Locale;

/** DNS host names: two or more labels, internationalized names checked in their ASCII form. */
final class DnsNames {
  private static final int MAX_LABEL = 63;
  private static final int MAX_NAME = 253;

  private DnsNames() {}

  /**
   * The host in ASCII and lower case; IDN conversion is skipped for ASCII hosts, nearly all of them,
   * since it is the slowest step of checking a URL.
   *
   * @throws IllegalArgumentException if the host is not a valid internationalized name
   */
  static String toAscii(String host) {
    String ascii = isAscii(host) ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    return ascii.toLowerCase(Locale.ROOT);
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterDigitHyphen(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The problem with a host name, or null when it is valid.
   *
   * @param host the host, possibly with non-ASCII labels
   */
  static String problem(String host) {
    String ascii;
    try {
      ascii = toAscii(host);
    } catch (IllegalArgumentException e) {
      return "is not a valid internationalized domain name";
    }
    if (ascii.length() > MAX_NAME) {
      return "is longer than " + MAX_NAME + " characters";
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      return "must have two or more labels, such as example.org";
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > MAX_LABEL) {
        return "has a label that is empty or longer than " + MAX_LABEL + " characters";
      }
      if (!isLetterDigitHyphen(label) || label.startsWith("-") || label.endsWith("-")) {
        return "has a label that is not letters, digits and inner hyphens: '" + label + "'";
      }
    }
    if (isDigits(labels[labels.length - 1])) {
      return "ends in a numeric label";
    }
    return null;
  }
}
