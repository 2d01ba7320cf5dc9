package org.seeddoc.internal.util;

import java.util.List;

/** Copies for the model's optional lists, where {@code null} means "absent" and must survive. */
public final class Lists {
  private Lists() {}

  /**
   * An unmodifiable copy, or null for null.
   *
   * @param list the list, or null when absent
   * @param <T> the element type
   * @return an unmodifiable copy, or null
   */
  public static <T> List<T> copyOrNull(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }
}
