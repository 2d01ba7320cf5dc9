package org.seeddoc.internal.yaml;

import java.util.Arrays;
import org.snakeyaml.engine.v2.events.Event;

/**
 * SnakeYAML's events for front matter written in the layout seeddoc writes, made without
 * SnakeYAML's scanner, which costs more than the rest of reading and validating a document
 * together.
 *
 * <p>It knows a strict subset of YAML: block mappings and sequences indented with spaces, plain
 * keys, one-line plain and double-quoted scalars with the escapes the writer uses, {@code []} and
 * {@code {}}, and empty lines. At anything else (a comment, a tab, a quoted key, a scalar over two
 * lines, a character SnakeYAML refuses, an indentation it would have to judge) it gives up and
 * SnakeYAML reads the text, so every error is still SnakeYAML's. Where it does not give up, the
 * events, values, styles and marks are the ones SnakeYAML makes from the same text, kept in arrays
 * ({@link ListedEvents}) rather than as SnakeYAML's objects: the tests compare the two on every
 * rendering the testkit makes, and a fuzz target compares them on any text.
 */
public final class CanonicalEvents {
  /** Characters that cannot start a plain scalar here; '-' can when a non-space follows it. */
  private static final String INDICATORS = "?:,[]{}#&*!|>'\"%@`";

  /**
   * Front matter with more events than this is left to SnakeYAML, which streams them: here all are
   * made before the first is read. A document of 1,000 related articles has about 35,000; this many
   * take about 3 MB.
   */
  public static final int MAX_EVENTS = 1 << 16;

  /**
   * Keys longer than this are left to SnakeYAML, which refuses simple keys over 1024 code points.
   */
  private static final int MAX_KEY_LENGTH = 128;

  /** Thrown to leave the subset; no stack trace, since giving up is an answer, not a failure. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private final String text;

  /** Where the front matter ends in the text: the fast path reads it in place, not a copy of it. */
  private final int end;

  private final boolean endMarks;

  /**
   * Room for the events without growing, as a typical document has them: the testkit's corpus has
   * one per 25 chars of front matter, 118 in the median document.
   */
  private static final int CHARS_PER_EVENT = 20;

  private final ListedEvents events;

  /** The open block collections, innermost last: the column of their entries, and their kind. */
  private int[] indents = new int[8];

  private boolean[] sequences = new boolean[8];
  private int open;

  /**
   * The current line: where it starts and ends in chars, its 0-based number, and its first code
   * point's index, counted from the front matter's start.
   */
  private int lineStart;

  private int lineEnd;
  private int line = -1;
  private int lineCodePoint;

  /**
   * How many surrogate pairs the current line holds; without any, columns in chars and code points
   * agree.
   */
  private int linePairs;

  /**
   * Whether the current line holds a backslash: a double-quoted scalar on a line without one has no
   * escapes.
   */
  private boolean lineEscapes;

  /**
   * The last mark's char index and column on a line with surrogate pairs: marks come in ascending
   * order, so each column is counted on from the last one, and a line of many marks costs one pass.
   */
  private int countedTo;

  private int countedColumn;

  private CanonicalEvents(String text, int from, int to, boolean endMarks) {
    this.text = text;
    this.end = to;
    this.endMarks = endMarks;
    this.events =
        new ListedEvents(Math.min(MAX_EVENTS, 8 + (to - from) / CHARS_PER_EVENT), endMarks);
    this.lineStart = from;
    this.lineEnd = from - 1;
  }

  /**
   * The events SnakeYAML would make of the text, or null when the text is outside the subset.
   *
   * <p>Only comments need to know where an event ends; the reader reads positions where events
   * start. So end marks can be left out, and each event's end mark is then its start mark, which
   * saves counting columns on lines with characters outside the Basic Multilingual Plane.
   *
   * @param text front matter, as SnakeYAML would be given it
   * @param endMarks whether end marks are SnakeYAML's, rather than each event's start mark
   * @return the events from stream start to stream end, or null
   */
  public static EventSource of(String text, boolean endMarks) {
    return of(text, 0, text.length(), endMarks);
  }

  /**
   * The events SnakeYAML would make of part of a text, as if that part were all of it, or null when
   * it is outside the subset.
   *
   * @param text a text holding front matter, as SnakeYAML would be given it
   * @param from where the front matter starts
   * @param to where it ends
   * @param endMarks whether end marks are SnakeYAML's, rather than each event's start mark
   * @return the events from stream start to stream end, with marks counted from {@code from}, or
   *     null
   */
  public static EventSource of(String text, int from, int to, boolean endMarks) {
    try {
      return new CanonicalEvents(text, from, to, endMarks).read();
    } catch (GiveUp outside) {
      return null;
    }
  }

  private ListedEvents read() {
    events.add(Event.ID.StreamStart, null, ListedEvents.NONE, 0, 0, 0, 0, 0, 0);
    if (!nextContentLine() || indentation() != 0) {
      throw GiveUp.INSTANCE; // empty or indented front matter: SnakeYAML says what it makes of it
    }
    emit(Event.ID.DocumentStart, lineStart);
    push(false, 0, lineStart);
    boolean nestedValue = entry(lineStart, plainEnd(lineStart));
    while (nextContentLine()) {
      int indent = indentation();
      int at = lineStart + indent;
      if (nestedValue) {
        if (indent <= indents[open - 1]) {
          throw GiveUp.INSTANCE; // an empty value, or a sequence as indented as its key
        }
        push(startsItem(at), indent, at);
      } else {
        closeDeeperThan(indent, at);
      }
      nestedValue = sequences[open - 1] ? item(at) : entry(at, plainEnd(at));
    }
    if (nestedValue) {
      throw GiveUp.INSTANCE;
    }
    closeDeeperThan(-1, lineEnd);
    emit(Event.ID.DocumentEnd, lineEnd);
    emit(Event.ID.StreamEnd, lineEnd);
    return events;
  }

  /**
   * Reads a mapping entry whose key starts at a char index and whose plain scan ended at another;
   * true when its value is on the lines below.
   */
  private boolean entry(int at, int colon) {
    if (colon == lineEnd || text.charAt(colon - 1) == ' ' || colon - at > MAX_KEY_LENGTH) {
      throw GiveUp.INSTANCE; // not a key, or one SnakeYAML trims or refuses as too long
    }
    scalar(text.substring(at, colon), ListedEvents.PLAIN, at, colon);
    if (colon + 1 == lineEnd) {
      return true;
    }
    int value = colon + 2;
    if (value == lineEnd || text.charAt(value) == ' ') {
      throw GiveUp.INSTANCE;
    }
    if (value(value) != lineEnd) {
      throw GiveUp.INSTANCE;
    }
    return false;
  }

  /**
   * Reads a sequence item whose dash is at a char index, with any items and keys compacted onto its
   * line.
   */
  private boolean item(int dash) {
    if (!startsItem(dash)) {
      throw GiveUp.INSTANCE;
    }
    int at = dash + 2;
    while (startsItem(at)) {
      push(true, at - lineStart, at);
      at += 2;
    }
    if (at == lineEnd || text.charAt(at) == ' ') {
      throw GiveUp.INSTANCE; // an empty item, or content indented past its dash
    }
    char first = text.charAt(at);
    if (first == '"' || first == '[' || first == '{') {
      if (value(at) != lineEnd) {
        throw GiveUp.INSTANCE;
      }
      return false;
    }
    int end = plainEnd(at);
    if (end != lineEnd) {
      push(false, at - lineStart, at);
      return entry(at, end);
    }
    plain(at, end);
    return false;
  }

  private boolean startsItem(int at) {
    return at + 1 < lineEnd && text.charAt(at) == '-' && text.charAt(at + 1) == ' ';
  }

  /** Reads a value that starts at a char index and returns where it ends. */
  private int value(int at) {
    char first = text.charAt(at);
    if (first == '"') {
      return doubleQuoted(at);
    }
    if (first == '[' || first == '{') {
      return emptyFlow(at);
    }
    return plain(at, plainEnd(at));
  }

  /**
   * Reads a plain scalar value from a char index to where its plain scan ended, which must be the
   * line's end.
   */
  private int plain(int at, int end) {
    if (end != lineEnd || text.charAt(end - 1) == ' ') {
      throw GiveUp.INSTANCE; // a key where a value belongs, or trailing spaces
    }
    scalar(text.substring(at, end), ListedEvents.PLAIN, at, end);
    return end;
  }

  /**
   * Where a plain scalar starting at a char index ends: at the colon that makes it a key, or at the
   * end of its line.
   */
  private int plainEnd(int at) {
    char first = text.charAt(at);
    if (INDICATORS.indexOf(first) >= 0
        || (first == '-' && (at + 1 == lineEnd || text.charAt(at + 1) == ' '))) {
      throw GiveUp.INSTANCE;
    }
    for (int i = at; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
        return i;
      }
      if (c == '#' && text.charAt(i - 1) == ' ') {
        throw GiveUp.INSTANCE; // a comment
      }
    }
    return lineEnd;
  }

  private int emptyFlow(int at) {
    char open = text.charAt(at);
    char close = open == '[' ? ']' : '}';
    if (at + 1 == lineEnd || text.charAt(at + 1) != close) {
      throw GiveUp.INSTANCE;
    }
    boolean sequence = open == '[';
    emit(
        sequence ? Event.ID.SequenceStart : Event.ID.MappingStart,
        null,
        ListedEvents.FLOW,
        at,
        endMarks ? at + 1 : at);
    emit(
        sequence ? Event.ID.SequenceEnd : Event.ID.MappingEnd,
        null,
        ListedEvents.NONE,
        at + 1,
        endMarks ? at + 2 : at + 1);
    return at + 2;
  }

  /** Reads a double-quoted scalar on one line, with the escapes the canonical writer uses. */
  private int doubleQuoted(int at) {
    if (!lineEscapes) {
      // Most scalars have no escapes; the closing quote is then the next one, found by indexOf's
      // vectorized search rather than a char at a time.
      int close = text.indexOf('"', at + 1);
      if (close < 0 || close >= lineEnd) {
        throw GiveUp.INSTANCE; // the scalar goes on to the next line
      }
      scalar(text.substring(at + 1, close), ListedEvents.DOUBLE_QUOTED, at, close + 1);
      return close + 1;
    }
    StringBuilder unescaped = null;
    int chunk = at + 1;
    for (int i = chunk; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        String value =
            unescaped == null
                ? text.substring(chunk, i)
                : unescaped.append(text, chunk, i).toString();
        scalar(value, ListedEvents.DOUBLE_QUOTED, at, i + 1);
        return i + 1;
      }
      if (c == '\\') {
        if (unescaped == null) {
          unescaped = new StringBuilder(lineEnd - at);
        }
        unescaped.append(text, chunk, i);
        i = escape(i, unescaped);
        chunk = i + 1;
      }
    }
    throw GiveUp.INSTANCE; // the scalar goes on to the next line
  }

  /**
   * Appends the character an escape at a char index stands for, and returns the index of its last
   * char.
   */
  private int escape(int backslash, StringBuilder out) {
    char kind = backslash + 1 < lineEnd ? text.charAt(backslash + 1) : 0;
    switch (kind) {
      case '\\', '"' -> out.append(kind);
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case '0' -> out.append('\0');
      case 'e' -> out.append('\u001B');
      case 'x' -> {
        return hex(backslash + 2, 2, out);
      }
      case 'u' -> {
        return hex(backslash + 2, 4, out);
      }
      default -> throw GiveUp.INSTANCE;
    }
    return backslash + 1;
  }

  private int hex(int from, int digits, StringBuilder out) {
    if (from + digits > lineEnd) {
      throw GiveUp.INSTANCE;
    }
    int value = 0;
    for (int i = from; i < from + digits; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        throw GiveUp.INSTANCE;
      }
      value = value * 16 + digit;
    }
    if (Character.isSurrogate((char) value)) {
      throw GiveUp.INSTANCE; // half a pair: SnakeYAML's business
    }
    out.append((char) value);
    return from + digits - 1;
  }

  private void scalar(String value, byte style, int start, int end) {
    emit(Event.ID.Scalar, value, style, start, endMarks ? end : start);
  }

  /**
   * Adds an event that starts and ends at a char index of the current line (or just past its end).
   */
  private void emit(Event.ID id, int at) {
    emit(id, null, ListedEvents.NONE, at, at);
  }

  /**
   * Adds an event that starts and ends at char indexes of the current line, in SnakeYAML's marks.
   */
  private void emit(Event.ID id, String value, byte style, int start, int end) {
    if (events.size() == MAX_EVENTS) {
      throw GiveUp.INSTANCE;
    }
    int column = column(start);
    int endColumn = end == start ? column : column(end);
    events.add(
        id,
        value,
        style,
        lineCodePoint + column,
        line,
        column,
        lineCodePoint + endColumn,
        line,
        endColumn);
  }

  private void push(boolean sequence, int indent, int at) {
    if (open == indents.length) {
      indents = Arrays.copyOf(indents, open * 2);
      sequences = Arrays.copyOf(sequences, open * 2);
    }
    indents[open] = indent;
    sequences[open] = sequence;
    open++;
    emit(sequence ? Event.ID.SequenceStart : Event.ID.MappingStart, at);
  }

  /**
   * Ends the collections indented deeper than a line; the line must then continue the one it lands
   * in.
   */
  private void closeDeeperThan(int indent, int at) {
    while (open > 0 && indents[open - 1] > indent) {
      open--;
      emit(sequences[open] ? Event.ID.SequenceEnd : Event.ID.MappingEnd, at);
    }
    if (indent >= 0 && (open == 0 || indents[open - 1] != indent)) {
      throw GiveUp.INSTANCE;
    }
  }

  /**
   * How many spaces the current line starts with. A line of spaces only, and one that may be a
   * document marker, are left to SnakeYAML.
   */
  private int indentation() {
    int i = lineStart;
    while (i < lineEnd && text.charAt(i) == ' ') {
      i++;
    }
    if (i == lineEnd
        || (i == lineStart
            && i + 3 <= end
            && (text.startsWith("---", i) || text.startsWith("...", i)))) {
      throw GiveUp.INSTANCE;
    }
    return i - lineStart;
  }

  /**
   * Moves to the next line that is not empty, having checked its characters; false at the end of
   * the text, with the current line then ending where the text does.
   */
  private boolean nextContentLine() {
    while (lineEnd < end) {
      lineCodePoint += lineEnd - lineStart - linePairs + 1;
      line++;
      lineStart = lineEnd + 1;
      linePairs = 0;
      lineEscapes = false;
      countedTo = lineStart;
      countedColumn = 0;
      lineEnd = checkedLineEnd();
      if (lineEnd > lineStart) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the current line ends, at its newline or the text's end, found in the same pass that
   * checks its characters, which measured faster than a search and a check apart. Gives up at any
   * character SnakeYAML refuses or treats specially: controls (tab and CR among them), DEL, the C1
   * range (NEL among them), YAML 1.1 line separators, byte order marks, non-characters, unpaired
   * surrogates.
   */
  private int checkedLineEnd() {
    for (int i = lineStart; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        lineEscapes |= c == '\\';
        continue;
      }
      if (c == '\n') {
        return i;
      }
      if (c < 0xA0
          || c == '\u2028'
          || c == '\u2029'
          || c == '\uFEFF'
          || c == '\uFFFE'
          || c == '\uFFFF') {
        throw GiveUp.INSTANCE;
      }
      if (Character.isSurrogate(c)) {
        // A newline is no low surrogate, so a pair cannot straddle the line's end.
        if (!Character.isHighSurrogate(c)
            || i + 1 == end
            || !Character.isLowSurrogate(text.charAt(i + 1))) {
          throw GiveUp.INSTANCE;
        }
        i++;
        linePairs++;
      }
    }
    return end;
  }

  /**
   * SnakeYAML's column, in code points, of a char index on the current line (or just past its end).
   */
  private int column(int at) {
    if (linePairs == 0) {
      return at - lineStart;
    }
    if (at < countedTo) {
      countedTo = lineStart;
      countedColumn = 0;
    }
    countedColumn += text.codePointCount(countedTo, at);
    countedTo = at;
    return countedColumn;
  }
}
