package org.seeddoc.internal.yaml;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * SnakeYAML's parser seen through the cursor: any YAML text, its events made one at a time, so that
 * a hostile file costs no more than reading up to the event the reader refuses.
 */
public final class ParsedEvents implements EventSource {
  /** Immutable, and costly enough to build that one per document shows in benchmarks. */
  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setUseMarks(true).build();

  private final Parser parser;
  private Event current;

  private ParsedEvents(String text) {
    this.parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
  }

  /**
   * Starts parsing a text.
   *
   * @param text YAML text
   * @return its events, parsed as they are asked for
   */
  public static ParsedEvents of(String text) {
    return new ParsedEvents(text);
  }

  @Override
  public Event.ID next() {
    current = parser.next();
    return current.getEventId();
  }

  @Override
  public Event.ID peek() {
    return parser.peekEvent().getEventId();
  }

  @Override
  public int peekLine() {
    return start(parser.peekEvent()).getLine();
  }

  @Override
  public int peekColumn() {
    return start(parser.peekEvent()).getColumn();
  }

  @Override
  public String value() {
    return ((ScalarEvent) current).getValue();
  }

  @Override
  public boolean plain() {
    return current instanceof ScalarEvent scalar && scalar.isPlain();
  }

  @Override
  public boolean doubleQuoted() {
    return current instanceof ScalarEvent scalar && scalar.isDQuoted();
  }

  @Override
  public boolean block() {
    return current instanceof ScalarEvent scalar && (scalar.isLiteral() || scalar.isFolded());
  }

  @Override
  public boolean flow() {
    return current instanceof CollectionStartEvent collection && collection.isFlow();
  }

  @Override
  public boolean anchored() {
    return current instanceof NodeEvent node && node.getAnchor().isPresent();
  }

  @Override
  public boolean tagged() {
    return current instanceof ScalarEvent scalar
        ? scalar.getTag().isPresent()
        : current instanceof CollectionStartEvent collection && collection.getTag().isPresent();
  }

  @Override
  public int index() {
    return start(current).getIndex();
  }

  @Override
  public int line() {
    return start(current).getLine();
  }

  @Override
  public int column() {
    return start(current).getColumn();
  }

  @Override
  public int endIndex() {
    return end(current).getIndex();
  }

  @Override
  public int endLine() {
    return end(current).getLine();
  }

  @Override
  public int endColumn() {
    return end(current).getColumn();
  }

  /** Marks are asked for in the settings, so every event has them. */
  private static Mark start(Event event) {
    return event.getStartMark().orElseThrow();
  }

  private static Mark end(Event event) {
    return event.getEndMark().orElseThrow();
  }
}
