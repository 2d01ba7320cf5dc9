package org.seeddoc.internal;

import org.seeddoc.Position;

/**
 * A problem that makes the rest of a file unreadable. Thrown inside the reader and turned into a
 * finding before anything leaves it; it never reaches users.
 */
final class ReadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final transient Position position;

  ReadFailure(String rule, Position position, String message) {
    super(message, null, false, false);
    this.rule = rule;
    this.position = position;
  }

  String rule() {
    return rule;
  }

  Position position() {
    return position;
  }
}
