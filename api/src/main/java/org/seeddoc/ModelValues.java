package org.seeddoc;

import java.time.Instant;
import java.util.List;

/**
 * The checks and copies the model records make in their constructors. They live beside the records,
 * not in the reader's internals, so that the model depends on nothing but itself.
 */
final class ModelValues {
  private static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");

  private ModelValues() {}

  /**
   * Rejects an instant the format cannot write, so that a document built in code always reads back.
   *
   * @param instant the instant, or null
   * @param field the field name for the message
   * @return the instant
   */
  static Instant requireWritable(Instant instant, String field) {
    if (instant != null
        && (instant.getNano() != 0 || instant.isBefore(MIN) || instant.isAfter(MAX))) {
      throw new IllegalArgumentException(
          field + " must be whole seconds between years 0000 and 9999, got " + instant);
    }
    return instant;
  }

  /**
   * An unmodifiable copy of an optional list, where {@code null} means "absent" and must survive.
   *
   * @param list the list, or null when absent
   * @param <T> the element type
   * @return an unmodifiable copy, or null
   */
  static <T> List<T> copyOrNull(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }
}
