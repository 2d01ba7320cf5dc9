package org.seeddoc.internal.yaml;

import org.seeddoc.Position;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Finds the first YAML comment in the front matter without asking SnakeYAML to parse comments.
 *
 * <p>Outside scalars, front matter holds only white space, indicators and comments (anchors and
 * tags are refused), so a {@code #} in a gap between two events is a comment. The gaps are visited
 * in order, so the whole search walks the text once. A block scalar's header line ({@code | # note})
 * lies inside the scalar's span and is checked on its own.
 */
final class CommentFinder {
  private final FrontMatterText frontMatter;
  private int charIndex;
  private int codePointIndex;
  private Position first;

  /** Whether the text holds a '#' at all; without one, no event needs visiting. */
  private final boolean mayHaveComments;

  CommentFinder(FrontMatterText frontMatter) {
    this.frontMatter = frontMatter;
    this.mayHaveComments = frontMatter.text().indexOf('#') >= 0;
  }

  Position first() {
    return first;
  }

  void visit(Event event) {
    if (!mayHaveComments || first != null || event.getStartMark().isEmpty() || event.getEndMark().isEmpty()) {
      return;
    }
    int gapEnd = advanceTo(event.getStartMark().get().getIndex(), true);
    if (event instanceof ScalarEvent scalar && (scalar.isLiteral() || scalar.isFolded())) {
      int headerEnd = frontMatter.text().indexOf('\n', gapEnd);
      scanForComment(gapEnd, headerEnd < 0 ? frontMatter.text().length() : headerEnd);
    }
    advanceTo(event.getEndMark().get().getIndex(), false);
  }

  /** Moves to a code point index, scanning what it passes over when that is a gap. */
  private int advanceTo(int targetCodePoint, boolean gap) {
    String text = frontMatter.text();
    int from = charIndex;
    while (codePointIndex < targetCodePoint && charIndex < text.length()) {
      charIndex += Character.charCount(text.codePointAt(charIndex));
      codePointIndex++;
    }
    if (gap) {
      scanForComment(from, charIndex);
    }
    return charIndex;
  }

  private void scanForComment(int from, int to) {
    String text = frontMatter.text();
    for (int i = from; i < to && first == null; i++) {
      if (text.charAt(i) == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        first = frontMatter.positionOfChar(i);
      }
    }
  }
}
