package org.seeddoc.internal.yaml;

import org.snakeyaml.engine.v2.events.Event;

/**
 * YAML events read one at a time, each seen through this cursor while it is the current one: its
 * kind, a scalar's value and style, a collection's flow style, and its marks, which count code
 * points, lines and columns from the front matter's start and from 0, as SnakeYAML's do.
 *
 * <p>The fast path ({@link CanonicalEvents}) keeps its events in arrays, and SnakeYAML's parser
 * ({@link ParsedEvents}) is read through the same cursor, so the fast path makes no object per
 * event: SnakeYAML's event objects, with a mark and its optional at each end, were a fifth of what
 * reading and validating a document allocated. Not thread-safe: one reader reads it, once.
 */
public interface EventSource {
  /**
   * Moves to the next event.
   *
   * @return its kind
   * @throws RuntimeException whatever SnakeYAML's parser throws at a syntax error
   */
  Event.ID next();

  /**
   * The kind of the next event, without moving to it.
   *
   * @return its kind
   * @throws RuntimeException whatever SnakeYAML's parser throws at a syntax error
   */
  Event.ID peek();

  /**
   * The next event's line, without moving to it; {@link #peek} comes first.
   *
   * @return its 0-based line
   */
  int peekLine();

  /**
   * The next event's column, without moving to it; {@link #peek} comes first.
   *
   * @return its 0-based column, in code points
   */
  int peekColumn();

  /**
   * The current scalar's value.
   *
   * @return the value, escapes undone
   */
  String value();

  /**
   * Whether the current scalar was written without quotes: only then is {@code null} YAML's null.
   *
   * @return true for a plain scalar
   */
  boolean plain();

  /**
   * Whether the current scalar was written in double quotes, where escapes can make any code unit.
   *
   * @return true for a double-quoted scalar
   */
  boolean doubleQuoted();

  /**
   * Whether the current scalar is a literal or folded block, whose header line can hold a comment.
   *
   * @return true for a block scalar
   */
  boolean block();

  /**
   * Whether the current collection start is in flow style ({@code [a, b]}, {@code {}}).
   *
   * @return true for a flow collection
   */
  boolean flow();

  /**
   * Whether the current event has an anchor ({@code &a}), which the fast path never makes.
   *
   * @return true when it has one
   */
  boolean anchored();

  /**
   * Whether the current event has a tag ({@code !t}), which the fast path never makes.
   *
   * @return true when it has one
   */
  boolean tagged();

  /**
   * Where the current event starts, for comments that lie between events.
   *
   * @return its 0-based code point index
   */
  int index();

  /**
   * The current event's line.
   *
   * @return its 0-based line
   */
  int line();

  /**
   * The current event's column.
   *
   * @return its 0-based column, in code points
   */
  int column();

  /**
   * Where the current event ends.
   *
   * @return the 0-based code point index just past it
   */
  int endIndex();

  /**
   * The line the current event ends on.
   *
   * @return its 0-based line
   */
  int endLine();

  /**
   * The column just past the current event's end.
   *
   * @return its 0-based column, in code points
   */
  int endColumn();
}
