package org.seeddoc;

/**
 * A place in a source file: a 1-based line and a 1-based column counted in Unicode code points.
 *
 * <p>Immutable and thread-safe. Both numbers must be at least 1.
 *
 * @param line the 1-based line
 * @param column the 1-based column, in code points
 */
public record Position(int line, int column) implements Comparable<Position> {

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param line the 1-based line
   * @param column the 1-based column, in code points
   */
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(Position other) {
    return line != other.line
        ? Integer.compare(line, other.line)
        : Integer.compare(column, other.column);
  }

  /** Returns {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
