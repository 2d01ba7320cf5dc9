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
 * makes exactly the events SnakeYAML makes, with the same values, styles and marks.
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
    List<Event> fast = CanonicalEvents.of(frontMatter);
    if (fast == null) {
      return false;
    }
    List<String> expected = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, frontMatter));
      parser.forEachRemaining(event -> expected.add(describe(event)));
    } catch (RuntimeException e) {
      fail("the fast path took text SnakeYAML refuses (" + e.getMessage() + "):\n" + frontMatter, e);
    }
    assertEquals(String.join("\n", expected), String.join("\n", fast.stream().map(SameEvents::describe).toList()),
        () -> "events differ for:\n" + frontMatter);
    return true;
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

  private static String describe(Event event) {
    StringBuilder out = new StringBuilder(event.getEventId().toString())
        .append(' ').append(describe(event.getStartMark().orElse(null)))
        .append('-').append(describe(event.getEndMark().orElse(null)));
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
