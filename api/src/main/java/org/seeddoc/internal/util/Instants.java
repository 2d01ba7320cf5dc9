package org.seeddoc.internal.util;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one date format of seed documents, {@code yyyy-MM-ddTHH:mm:ssZ}. */
public final class Instants {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Instants() {}

  /**
   * Formats an instant as {@code yyyy-MM-ddTHH:mm:ssZ}.
   *
   * @param instant a writable instant
   * @return the text
   */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /**
   * Parses {@code yyyy-MM-ddTHH:mm:ssZ} strictly.
   *
   * @param text the text
   * @return the instant, or null when the text is not exactly that format or not a real date and
   *     time
   */
  public static Instant parse(String text) {
    if (!hasShape(text)) {
      return null;
    }
    try {
      return LocalDateTime.of(
              digits(text, 0, 4),
              digits(text, 5, 7),
              digits(text, 8, 10),
              digits(text, 11, 13),
              digits(text, 14, 16),
              digits(text, 17, 19))
          .toInstant(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static boolean hasShape(String text) {
    if (text.length() != 20) {
      return false;
    }
    for (int i = 0; i < 20; i++) {
      char c = text.charAt(i);
      char expected = "dddd-dd-ddTdd:dd:ddZ".charAt(i);
      boolean ok = expected == 'd' ? c >= '0' && c <= '9' : c == expected;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    return Integer.parseInt(text, from, to, 10);
  }
}
