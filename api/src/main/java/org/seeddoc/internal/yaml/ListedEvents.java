package org.seeddoc.internal.yaml;

import java.util.Arrays;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Events made beforehand, by the fast path, kept in arrays rather than as objects: per event a byte
 * of kind and style, a scalar's value, and three ints of its start mark (code point index, line,
 * column), and three more of its end mark where end marks are asked for.
 */
final class ListedEvents implements EventSource {
  private static final Event.ID[] IDS = Event.ID.values();

  /**
   * A scalar's or a collection's style, above the kind's bits; a block collection's, and every
   * other event's, is none.
   */
  static final byte NONE = 0;

  static final byte PLAIN = 1 << 4;
  static final byte DOUBLE_QUOTED = 2 << 4;
  static final byte FLOW = 3 << 4;
  private static final int KIND = 0xF;
  private static final int STYLE = 0xF0;

  /** Ints of a mark: code point index, line and column. */
  private static final int MARK_INTS = 3;

  /** The kind's ordinal in the low bits, the style in the high ones. */
  private byte[] kinds;

  private String[] values;
  private int[] starts;

  /** Null when end marks are not asked for: each event then ends where it starts. */
  private int[] ends;

  private int size;
  private int current = -1;

  ListedEvents(int capacity, boolean endMarks) {
    kinds = new byte[capacity];
    values = new String[capacity];
    starts = new int[capacity * MARK_INTS];
    ends = endMarks ? new int[capacity * MARK_INTS] : null;
  }

  int size() {
    return size;
  }

  /** Adds an event whose marks are given as code point index, line and column, start and end. */
  void add(
      Event.ID id,
      String value,
      byte style,
      int index,
      int line,
      int column,
      int endIndex,
      int endLine,
      int endColumn) {
    if (size == kinds.length) {
      int capacity = size + (size >> 1) + 1;
      kinds = Arrays.copyOf(kinds, capacity);
      values = Arrays.copyOf(values, capacity);
      starts = Arrays.copyOf(starts, capacity * MARK_INTS);
      ends = ends == null ? null : Arrays.copyOf(ends, capacity * MARK_INTS);
    }
    kinds[size] = (byte) (id.ordinal() | style);
    values[size] = value;
    int at = size * MARK_INTS;
    starts[at] = index;
    starts[at + 1] = line;
    starts[at + 2] = column;
    if (ends != null) {
      ends[at] = endIndex;
      ends[at + 1] = endLine;
      ends[at + 2] = endColumn;
    }
    size++;
  }

  @Override
  public Event.ID next() {
    return IDS[kinds[++current] & KIND];
  }

  @Override
  public Event.ID peek() {
    return IDS[kinds[current + 1] & KIND];
  }

  @Override
  public int peekLine() {
    return starts[(current + 1) * MARK_INTS + 1];
  }

  @Override
  public int peekColumn() {
    return starts[(current + 1) * MARK_INTS + 2];
  }

  @Override
  public String value() {
    return values[current];
  }

  @Override
  public boolean plain() {
    return style() == PLAIN;
  }

  @Override
  public boolean doubleQuoted() {
    return style() == DOUBLE_QUOTED;
  }

  @Override
  public boolean block() {
    return false;
  }

  @Override
  public boolean flow() {
    return style() == FLOW;
  }

  @Override
  public boolean anchored() {
    return false;
  }

  @Override
  public boolean tagged() {
    return false;
  }

  @Override
  public int index() {
    return starts[current * MARK_INTS];
  }

  @Override
  public int line() {
    return starts[current * MARK_INTS + 1];
  }

  @Override
  public int column() {
    return starts[current * MARK_INTS + 2];
  }

  @Override
  public int endIndex() {
    return endMarks()[current * MARK_INTS];
  }

  @Override
  public int endLine() {
    return endMarks()[current * MARK_INTS + 1];
  }

  @Override
  public int endColumn() {
    return endMarks()[current * MARK_INTS + 2];
  }

  private int style() {
    return kinds[current] & STYLE;
  }

  private int[] endMarks() {
    return ends == null ? starts : ends;
  }
}
