package org.seeddoc.internal.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seeddoc.Position;
import org.seeddoc.internal.source.Envelope;
import org.seeddoc.internal.source.SourceText;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

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

  private final String text;
  /** The file line of the text's first line: 2 for front matter, 1 for a YAML file of its own. */
  private final int firstLine;
  /** Where each rewritten escape starts in the rewritten text: 0-based line and column, ascending. */
  private final int[] rewrittenLines;
  private final int[] rewrittenColumns;

  private FrontMatterText(String text, int firstLine, int[] rewrittenLines, int[] rewrittenColumns) {
    this.text = text;
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
    return of(frontMatter, Envelope.FRONT_MATTER_LINE);
  }

  /**
   * Prepares a YAML file of its own, such as a configuration file, whose first line is line 1.
   *
   * @param yaml the whole file
   * @return the text to parse, with the means to map its marks back
   */
  public static FrontMatterText standalone(String yaml) {
    return of(yaml, 1);
  }

  private static FrontMatterText of(String yaml, int firstLine) {
    List<Integer> candidates = lineSeparatorEscapes(yaml);
    if (candidates.isEmpty()) {
      return new FrontMatterText(yaml, firstLine, new int[0], new int[0]);
    }
    List<Integer> inDoubleQuotes = insideDoubleQuotedScalars(yaml, candidates);
    return rewrite(yaml, firstLine, inDoubleQuotes);
  }

  /**
   * The text SnakeYAML, or the fast path, is given.
   *
   * @return the front matter with {@code \L} and {@code \P} rewritten where they are escapes
   */
  public String text() {
    return text;
  }

  Position position(Mark mark) {
    int line = mark.getLine();
    int column = mark.getColumn();
    int shift = GROWTH * (lowerBound(line, column) - lowerBound(line, 0));
    return new Position(line + firstLine, Math.max(1, column - shift + 1));
  }

  /** How many rewritten escapes start before a line and column; they are sorted, so a binary search. */
  private int lowerBound(int line, int column) {
    int low = 0;
    int high = rewrittenLines.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      boolean before = rewrittenLines[middle] < line
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
    return mark.isPresent() ? position(mark.get()) : new Position(firstLine, 1);
  }

  /** The file position of a code point index into the text SnakeYAML was given. */
  Position positionOfCodePoint(int codePointIndex) {
    Position raw = SourceText.of(text).positionOfCodePoint(codePointIndex);
    return position(new Mark("", 0, raw.line() - 1, raw.column() - 1, new int[0], 0));
  }

  /** The file position of a char index into the text SnakeYAML was given. */
  Position positionOfChar(int charIndex) {
    return positionOfCodePoint(text.codePointCount(0, Math.min(charIndex, text.length())));
  }

  /** Char indexes of every {@code \L} and {@code \P} whose backslash is not itself escaped. */
  private static List<Integer> lineSeparatorEscapes(String text) {
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 1)) {
      int run = i;
      while (run + 1 < text.length() && text.charAt(run + 1) == '\\') {
        run++;
      }
      int escapes = run - i + 1;
      char next = run + 1 < text.length() ? text.charAt(run + 1) : 0;
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
  private static List<Integer> insideDoubleQuotedScalars(String frontMatter, List<Integer> candidates) {
    FrontMatterText all = rewrite(frontMatter, 1, candidates);
    List<int[]> spans = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(EventReader.SETTINGS, new StreamReader(EventReader.SETTINGS, all.text));
      while (parser.hasNext()) {
        Event event = parser.next();
        if (event instanceof ScalarEvent scalar && scalar.isDQuoted()) {
          spans.add(new int[] {scalar.getStartMark().orElseThrow().getIndex(), scalar.getEndMark().orElseThrow().getIndex()});
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
      codePoints += all.text.codePointCount(chars, target);
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
    return new FrontMatterText(out.toString(), firstLine, lines, columns);
  }
}
