package org.seeddoc.internal;

import org.seeddoc.Position;
import org.seeddoc.Rule;

/**
 * A problem that makes the rest of a file unreadable. Thrown inside the reader and turned into a
 * finding before anything leaves it; it never reaches users.
 */
final class ReadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Rule rule;
  private final transient Position position;

  ReadFailure(Rule rule, Position position, String message) {
    super(message, null, false, false);
    this.rule = rule;
    this.position = position;
  }

  Rule rule() {
    return rule;
  }

  Position position() {
    return position;
  }
}
