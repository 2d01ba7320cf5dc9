package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.seeddoc.internal.yaml.CanonicalEvents;
import org.seeddoc.internal.yaml.EventSource;
import org.seeddoc.internal.yaml.FrontMatterText;
import org.seeddoc.internal.yaml.ParsedEvents;
import org.snakeyaml.engine.v2.events.Event;

/**
 * The promise of the reader's fast path, {@link CanonicalEvents}: on any text, it either gives up
 * or makes exactly the events SnakeYAML makes, with the same values, styles and marks, as the
 * reader sees them through {@link EventSource}; asked for no end marks, the same events with each
 * end mark its start mark.
 */
public final class SameEvents {
  private SameEvents() {}

  /**
   * Checks the promise on front matter text.
   *
   * @return whether the fast path took the text
   */
  public static boolean asSnakeYaml(String frontMatter) {
    EventSource fast = CanonicalEvents.of(frontMatter, true);
    EventSource startsOnly = CanonicalEvents.of(frontMatter, false);
    assertEquals(
        fast == null, startsOnly == null, () -> "only one mode gave up on:\n" + frontMatter);
    if (fast == null) {
      return false;
    }
    List<String> snakeYaml;
    try {
      snakeYaml = describe(ParsedEvents.of(frontMatter), true);
    } catch (RuntimeException e) {
      return fail(
          "the fast path took text SnakeYAML refuses (" + e.getMessage() + "):\n" + frontMatter, e);
    }
    List<String> fastEvents = describe(fast, true);
    assertEquals(
        String.join("\n", snakeYaml),
        String.join("\n", fastEvents),
        () -> "events differ for:\n" + frontMatter);
    assertEquals(
        String.join("\n", describe(ParsedEvents.of(frontMatter), false)),
        String.join("\n", describe(startsOnly, true)),
        () -> "events without end marks differ for:\n" + frontMatter);
    // The reader reads front matter in place, inside its file: the same events, marks counted
    // alike.
    String file = "---\n" + frontMatter + "---\nbody: not: [yaml\n";
    EventSource inPlace = CanonicalEvents.of(file, 4, 4 + frontMatter.length(), true);
    assertEquals(
        String.join("\n", fastEvents),
        inPlace == null ? "gave up" : String.join("\n", describe(inPlace, true)),
        () -> "events read in place differ for:\n" + frontMatter);
    return true;
  }

  /**
   * Every event through the stream's end, as the reader sees it; with end marks or each start mark
   * twice.
   */
  private static List<String> describe(EventSource events, boolean endMarks) {
    List<String> described = new ArrayList<>();
    Event.ID id;
    do {
      id = events.next();
      StringBuilder out =
          new StringBuilder(id.toString())
              .append(' ')
              .append(events.index())
              .append('/')
              .append(events.line())
              .append(':')
              .append(events.column())
              .append('-');
      if (endMarks) {
        out.append(events.endIndex())
            .append('/')
            .append(events.endLine())
            .append(':')
            .append(events.endColumn());
      } else {
        out.append(events.index())
            .append('/')
            .append(events.line())
            .append(':')
            .append(events.column());
      }
      out.append(" anchored=").append(events.anchored()).append(" tagged=").append(events.tagged());
      if (id == Event.ID.Scalar) {
        out.append(" plain=")
            .append(events.plain())
            .append(" double-quoted=")
            .append(events.doubleQuoted())
            .append(" block=")
            .append(events.block())
            .append(" value=[")
            .append(events.value())
            .append(']');
      } else if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
        out.append(" flow=").append(events.flow());
      }
      if (id != Event.ID.StreamEnd) {
        Event.ID next = events.peek();
        out.append(" next=")
            .append(next)
            .append('@')
            .append(events.peekLine())
            .append(':')
            .append(events.peekColumn());
      }
      described.add(out.toString());
    } while (id != Event.ID.StreamEnd);
    return described;
  }

  /**
   * The front matter of a seed file as the reader hands it to either parser: the text between the
   * two marker lines, with YAML 1.2's {@code \L} and {@code \P} escapes, which SnakeYAML 3.2 does
   * not know, rewritten by the reader's own {@link FrontMatterText}.
   */
  public static String frontMatter(String file) {
    int start = file.indexOf('\n') + 1;
    int end = file.indexOf("\n---\n", start - 1);
    return FrontMatterText.of(file.substring(start, end + 1)).text();
  }
}
