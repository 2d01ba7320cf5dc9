package org.seeddoc.config;

import java.util.Locale;
import java.util.Optional;
import org.seeddoc.Severity;

/** The level a configuration gives a rule: off, or the severity its findings get. */
public enum RuleLevel {
  /** The rule is not checked: its findings are dropped. */
  OFF,
  /** The rule's findings are warnings. */
  WARNING,
  /** The rule's findings are errors. */
  ERROR;

  /**
   * The severity findings get at this level.
   *
   * @return the severity, or empty for {@link #OFF}
   */
  public Optional<Severity> severity() {
    return switch (this) {
      case OFF -> Optional.empty();
      case WARNING -> Optional.of(Severity.WARNING);
      case ERROR -> Optional.of(Severity.ERROR);
    };
  }

  /**
   * The level of a severity.
   *
   * @param severity a severity
   * @return the level that gives it
   */
  public static RuleLevel of(Severity severity) {
    return severity == Severity.ERROR ? ERROR : WARNING;
  }

  /**
   * The level as the configuration file writes it.
   *
   * @return {@code off}, {@code warning} or {@code error}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The level a configuration file names.
   *
   * @param label {@code off}, {@code warning} or {@code error}
   * @return the level, or empty for any other text
   */
  public static Optional<RuleLevel> forLabel(String label) {
    for (RuleLevel level : values()) {
      if (level.label().equals(label)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
