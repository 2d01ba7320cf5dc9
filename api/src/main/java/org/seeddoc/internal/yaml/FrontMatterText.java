package org.seeddoc.internal.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seeddoc.Position;
import org.seeddoc.internal.source.Envelope;
import org.seeddoc.spi.SourceText;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The front matter as SnakeYAML is given it, and the translation of SnakeYAML's marks, which count
 * from the front matter and from 0, into file positions, which count from the file and from 1.
 *
 * <p>SnakeYAML Engine 3.2 does not know YAML 1.2's {@code \L} and {@code \P} escapes, which the
 * canonical layout writes for U+2028 and U+2029. Where the text has them, each one inside a
 * double-quoted scalar is rewritten to its equivalent six-character {@code \\u} escape, four code
 * points longer, and marks after it on its line are moved back by four. Text without them is passed
 * through untouched and costs nothing.
 */
public final class FrontMatterText {
  private static final int GROWTH = "u2028".length() - "L".length();

  /**
   * The text the front matter is part of, and where it starts and ends there: the fast path reads
   * it in place, and a copy of it is made only for what needs one, SnakeYAML above all.
   */
  private final String source;

  private final int from;
  private final int to;

  /** The copy, once made; a reader is used by one thread. */
  private String text;

  /** The file line of the text's first line: 2 for front matter, 1 for a YAML file of its own. */
  private final int firstLine;

  /**
   * Where each rewritten escape starts in the rewritten text: 0-based line and column, ascending.
   */
  private final int[] rewrittenLines;

  private final int[] rewrittenColumns;

  private FrontMatterText(
      String source,
      int from,
      int to,
      int firstLine,
      int[] rewrittenLines,
      int[] rewrittenColumns) {
    this.source = source;
    this.from = from;
    this.to = to;
    this.firstLine = firstLine;
    this.rewrittenLines = rewrittenLines;
    this.rewrittenColumns = rewrittenColumns;
  }

  /**
   * Prepares front matter for SnakeYAML, rewriting the escapes it does not know.
   *
   * @param frontMatter the text between the two marker lines
   * @return the text to parse, with the means to map its marks back
   */
  public static FrontMatterText of(String frontMatter) {
    return of(frontMatter, 0, frontMatter.length());
  }

  /**
   * Prepares the front matter of a file for SnakeYAML, in place.
   *
   * @param file the decoded file
   * @param from where its front matter starts, after the opening line
   * @param to where its front matter ends, at the closing line
   * @return the text to parse, with the means to map its marks back
   */
  public static FrontMatterText of(String file, int from, int to) {
    return of(file, from, to, Envelope.FRONT_MATTER_LINE);
  }

  /**
   * Prepares a YAML file of its own, such as a configuration file, whose first line is line 1.
   *
   * @param yaml the whole file
   * @return the text to parse, with the means to map its marks back
   */
  public static FrontMatterText standalone(String yaml) {
    return of(yaml, 0, yaml.length(), 1);
  }

  private static FrontMatterText of(String source, int from, int to, int firstLine) {
    List<Integer> candidates = lineSeparatorEscapes(source, from, to);
    if (candidates.isEmpty()) {
      return new FrontMatterText(source, from, to, firstLine, new int[0], new int[0]);
    }
    String yaml = source.substring(from, to);
    List<Integer> relative = candidates.stream().map(at -> at - from).toList();
    return rewrite(yaml, firstLine, insideDoubleQuotedScalars(yaml, relative));
  }

  /**
   * The text SnakeYAML is given, copied out of the file on first use; the fast path reads the front
   * matter in place instead ({@link #canonicalEvents}).
   *
   * @return the front matter with {@code \L} and {@code \P} rewritten where they are escapes
   */
  public String text() {
    if (text == null) {
      text = from == 0 && to == source.length() ? source : source.substring(from, to);
    }
    return text;
  }

  /**
   * The fast path's events of the text, read in place.
   *
   * @param endMarks whether end marks are SnakeYAML's, rather than each event's start mark
   * @return the events, or null when the text is outside the fast path's subset
   */
  EventSource canonicalEvents(boolean endMarks) {
    return CanonicalEvents.of(source, from, to, endMarks);
  }

  /**
   * Whether the front matter can hold a comment at all, so that a reader need observe its events
   * for comments: a '#' that starts it or follows white space. Asked in place.
   *
   * @return false when it surely holds none
   */
  public boolean mayHaveComments() {
    return CommentFinder.mayHaveComments(source, from, to);
  }

  /**
   * The file position of a 0-based line and column, in code points, of the text SnakeYAML was
   * given.
   */
  Position position(int line, int column) {
    int shift = GROWTH * (lowerBound(line, column) - lowerBound(line, 0));
    return new Position(line + firstLine, Math.max(1, column - shift + 1));
  }

  /**
   * How many rewritten escapes start before a line and column; they are sorted, so a binary search.
   */
  private int lowerBound(int line, int column) {
    int low = 0;
    int high = rewrittenLines.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      boolean before =
          rewrittenLines[middle] < line
              || (rewrittenLines[middle] == line && rewrittenColumns[middle] < column);
      if (before) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  Position position(Optional<Mark> mark) {
    return mark.isPresent()
        ? position(mark.get().getLine(), mark.get().getColumn())
        : new Position(firstLine, 1);
  }

  /** The file position of a code point index into the text SnakeYAML was given. */
  Position positionOfCodePoint(int codePointIndex) {
    Position raw = SourceText.of(text()).positionOfCodePoint(codePointIndex);
    return position(raw.line() - 1, raw.column() - 1);
  }

  /** The file position of a char index into the text SnakeYAML was given. */
  Position positionOfChar(int charIndex) {
    String text = text();
    return positionOfCodePoint(text.codePointCount(0, Math.min(charIndex, text.length())));
  }

  /**
   * Char indexes of every {@code \L} and {@code \P} between two indexes whose backslash is not
   * itself escaped.
   */
  private static List<Integer> lineSeparatorEscapes(String text, int from, int to) {
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf('\\', from); i >= 0 && i + 1 < to; i = text.indexOf('\\', i + 1)) {
      int run = i;
      while (run + 1 < to && text.charAt(run + 1) == '\\') {
        run++;
      }
      int escapes = run - i + 1;
      char next = run + 1 < to ? text.charAt(run + 1) : 0;
      if (escapes % 2 == 1 && (next == 'L' || next == 'P')) {
        found.add(run);
      }
      i = run;
    }
    return found;
  }

  /**
   * Keeps the candidates that lie inside double-quoted scalars, found by parsing a copy with every
   * candidate rewritten: rewriting adds only hex digits after a backslash, so the structure, and
   * which scalar holds which candidate, are the same in the copy. Where the copy fails to parse,
   * the candidates after the failure are left alone, and the real parse reports the failure.
   */
  private static List<Integer> insideDoubleQuotedScalars(
      String frontMatter, List<Integer> candidates) {
    FrontMatterText all = rewrite(frontMatter, 1, candidates);
    List<int[]> spans = new ArrayList<>();
    try {
      ParsedEvents events = ParsedEvents.of(all.text());
      for (Event.ID id = events.next(); id != Event.ID.StreamEnd; id = events.next()) {
        if (id == Event.ID.Scalar && events.doubleQuoted()) {
          spans.add(new int[] {events.index(), events.endIndex()});
        }
      }
    } catch (RuntimeException e) {
      // The real parse meets the same failure and reports it with its position.
    }
    List<Integer> kept = new ArrayList<>();
    int span = 0;
    int chars = 0;
    int codePoints = 0;
    for (int i = 0; i < candidates.size(); i++) {
      int target = candidates.get(i) + i * GROWTH;
      codePoints += all.text().codePointCount(chars, target);
      chars = target;
      while (span < spans.size() && spans.get(span)[1] <= codePoints) {
        span++;
      }
      if (span < spans.size() && spans.get(span)[0] < codePoints) {
        kept.add(candidates.get(i));
      }
    }
    return kept;
  }

  private static FrontMatterText rewrite(String text, int firstLine, List<Integer> backslashes) {
    StringBuilder out = new StringBuilder(text.length() + backslashes.size() * GROWTH);
    int[] lines = new int[backslashes.size()];
    int[] columns = new int[backslashes.size()];
    int line = 0;
    int column = 0;
    int from = 0;
    for (int i = 0; i < backslashes.size(); i++) {
      int at = backslashes.get(i);
      for (int c = from; c < at; c += Character.charCount(text.codePointAt(c))) {
        if (text.charAt(c) == '\n') {
          line++;
          column = 0;
        } else {
          column++;
        }
      }
      out.append(text, from, at);
      lines[i] = line;
      columns[i] = column;
      String escape = text.charAt(at + 1) == 'L' ? "\\u2028" : "\\u2029";
      out.append(escape);
      column += escape.length();
      from = at + 2;
    }
    out.append(text, from, text.length());
    String rewritten = out.toString();
    return new FrontMatterText(rewritten, 0, rewritten.length(), firstLine, lines, columns);
  }
}
