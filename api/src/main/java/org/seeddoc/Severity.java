package org.seeddoc;

import java.util.Locale;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The document is wrong: readers of it must not trust it. */
  ERROR,
  /** The document is readable and valid, but probably not what its author meant. */
  WARNING;

  /**
   * The lower-case name used in command-line output and reports.
   *
   * @return {@code "error"} or {@code "warning"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
