package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.seeddoc.internal.yaml.CanonicalEvents;
import org.seeddoc.internal.yaml.FrontMatterText;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The promise of the reader's fast path, {@link CanonicalEvents}: on any text, it either gives up or
 * makes exactly the events SnakeYAML makes, with the same values, styles and marks; asked for no
 * end marks, the same events with each end mark its start mark.
 */
public final class SameEvents {
  private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true).build();

  private SameEvents() {}

  /**
   * Checks the promise on front matter text.
   *
   * @return whether the fast path took the text
   */
  public static boolean asSnakeYaml(String frontMatter) {
    List<Event> fast = CanonicalEvents.of(frontMatter, true);
    List<Event> startsOnly = CanonicalEvents.of(frontMatter, false);
    assertEquals(fast == null, startsOnly == null, () -> "only one mode gave up on:\n" + frontMatter);
    if (fast == null) {
      return false;
    }
    List<Event> snakeYaml = new ArrayList<>();
    try {
      new ParserImpl(SETTINGS, new StreamReader(SETTINGS, frontMatter)).forEachRemaining(snakeYaml::add);
    } catch (RuntimeException e) {
      fail("the fast path took text SnakeYAML refuses (" + e.getMessage() + "):\n" + frontMatter, e);
    }
    assertEquals(describe(snakeYaml, true), describe(fast, true), () -> "events differ for:\n" + frontMatter);
    assertEquals(describe(snakeYaml, false), describe(startsOnly, true),
        () -> "events without end marks differ for:\n" + frontMatter);
    // The reader reads front matter in place, inside its file: the same events, marks counted alike.
    String file = "---\n" + frontMatter + "---\nbody: not: [yaml\n";
    List<Event> inPlace = CanonicalEvents.of(file, 4, 4 + frontMatter.length(), true);
    assertEquals(describe(fast, true), inPlace == null ? "gave up" : describe(inPlace, true),
        () -> "events read in place differ for:\n" + frontMatter);
    return true;
  }

  private static String describe(List<Event> events, boolean endMarks) {
    return String.join("\n", events.stream().map(event -> describe(event, endMarks)).toList());
  }

  /**
   * The front matter of a seed file as the reader hands it to either parser: the text between the
   * two marker lines, with YAML 1.2's {@code \L} and {@code \P} escapes, which SnakeYAML 3.2
   * does not know, rewritten by the reader's own {@link FrontMatterText}.
   */
  public static String frontMatter(String file) {
    int start = file.indexOf('\n') + 1;
    int end = file.indexOf("\n---\n", start - 1);
    return FrontMatterText.of(file.substring(start, end + 1)).text();
  }

  private static String describe(Event event, boolean endMarks) {
    StringBuilder out = new StringBuilder(event.getEventId().toString())
        .append(' ').append(describe(event.getStartMark().orElse(null)))
        .append('-').append(describe((endMarks ? event.getEndMark() : event.getStartMark()).orElse(null)));
    if (event instanceof NodeEvent node) {
      out.append(" anchor=").append(node.getAnchor());
    }
    if (event instanceof ScalarEvent scalar) {
      out.append(" tag=").append(scalar.getTag()).append(" implicit=").append(scalar.getImplicit())
          .append(" style=").append(scalar.getScalarStyle().name()).append(" value=[").append(scalar.getValue()).append(']');
    } else if (event instanceof CollectionStartEvent collection) {
      out.append(" tag=").append(collection.getTag()).append(" implicit=").append(collection.isImplicit())
          .append(" flow=").append(collection.getFlowStyle());
    } else if (event instanceof DocumentStartEvent start) {
      out.append(" explicit=").append(start.isExplicit());
    } else if (event instanceof DocumentEndEvent end) {
      out.append(" explicit=").append(end.isExplicit());
    }
    return out.toString();
  }

  private static String describe(Mark mark) {
    return mark == null ? "none" : mark.getIndex() + "/" + mark.getLine() + ":" + mark.getColumn();
  }
}
