package org.seeddoc.internal.yaml;

import java.util.ArrayList;
import java.util.List;
import org.seeddoc.Position;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Finds the front matter's YAML comments without asking SnakeYAML to parse comments.
 *
 * <p>Outside scalars, front matter holds only white space, indicators and comments (anchors and
 * tags are refused), so a {@code #} in a gap between two events is a comment. The gaps are visited
 * in order, so the whole search walks the text once. A block scalar's header line ({@code | #
 * note}) lies inside the scalar's span and is checked on its own.
 */
final class CommentFinder {
  private final FrontMatterText frontMatter;
  private final EventSource events;

  /**
   * Who wants comments, or null; without one no event needs visiting, and events need not know
   * where they end ({@link CanonicalEvents}). A reader is given an observer only for text that
   * {@link #mayHaveComments} may hold one, so the text is not scanned for a '#' again here.
   */
  private final EventObserver observer;

  private int charIndex;
  private int codePointIndex;

  CommentFinder(FrontMatterText frontMatter, EventSource events, EventObserver observer) {
    this.frontMatter = frontMatter;
    this.events = events;
    this.observer = observer;
  }

  /**
   * Whether a text can hold a comment at all: a '#' that starts it or follows white space. A '#'
   * inside a word, as in a URL's fragment, never starts one, and text without such a '#' is not
   * scanned.
   *
   * @param text a text holding front matter
   * @param from where the front matter starts
   * @param to where it ends
   * @return false when the front matter surely holds no comment
   */
  static boolean mayHaveComments(String text, int from, int to) {
    for (int at = text.indexOf('#', from); at >= 0 && at < to; at = text.indexOf('#', at + 1)) {
      if (at == from || Character.isWhitespace(text.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Finds the comments before the current event, and within it, and tells the observer, if any. */
  void visit(Event.ID id) {
    if (observer == null) {
      return;
    }
    int from = charIndex;
    int gapEnd = advanceTo(events.index());
    List<FoundComment> before = scan(from, gapEnd);
    List<FoundComment> within = List.of();
    if (id == Event.ID.Scalar && events.block()) {
      int headerEnd = frontMatter.text().indexOf('\n', gapEnd);
      within = scan(gapEnd, headerEnd < 0 ? frontMatter.text().length() : headerEnd);
    }
    advanceTo(events.endIndex());
    observer.onEvent(id, before, within);
  }

  /** Moves to a code point index and returns the char index reached. */
  private int advanceTo(int targetCodePoint) {
    String text = frontMatter.text();
    while (codePointIndex < targetCodePoint && charIndex < text.length()) {
      charIndex += Character.charCount(text.codePointAt(charIndex));
      codePointIndex++;
    }
    return charIndex;
  }

  /**
   * The comments between two char indexes of text outside scalars: each runs from its '#' to its
   * line's end.
   */
  private List<FoundComment> scan(int from, int to) {
    String text = frontMatter.text();
    List<FoundComment> found = null;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        Position at = frontMatter.positionOfChar(i);
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(
            new FoundComment(
                at, text(text, i + 1, end), onItsOwnLine(text, i), blankLineAfter(text, end)));
        i = end;
      }
    }
    return found == null ? List.of() : found;
  }

  /**
   * A comment's text: one space after the '#' and the white space at the end are not part of it.
   */
  private static String text(String text, int from, int end) {
    int start = from < end && text.charAt(from) == ' ' ? from + 1 : from;
    int last = end;
    while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    return text.substring(start, last);
  }

  private static boolean onItsOwnLine(String text, int hash) {
    for (int i = hash - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean blankLineAfter(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return false;
    }
    for (int i = lineEnd + 1; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return lineEnd + 1 < text.length();
  }
}
