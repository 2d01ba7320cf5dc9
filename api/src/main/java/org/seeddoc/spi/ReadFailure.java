package org.seeddoc.spi;

import org.seeddoc.Position;
import org.seeddoc.Rule;

/**
 * A problem that makes the rest of a file unreadable. Thrown inside the reader and turned into a
 * finding before anything leaves it; it never reaches users.
 */
public final class ReadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The rule of the finding it becomes. */
  private final Rule rule;

  private final transient Position position;

  /**
   * Creates the failure.
   *
   * @param rule the rule of the finding it becomes
   * @param position where reading stopped
   * @param message what is wrong
   */
  public ReadFailure(Rule rule, Position position, String message) {
    super(message, null, false, false);
    this.rule = rule;
    this.position = position;
  }

  /**
   * The rule of the finding it becomes.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Where reading stopped.
   *
   * @return the position
   */
  public Position position() {
    return position;
  }
}
