package org.seeddoc.internal.yaml;

import java.util.List;
import java.util.Optional;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.internal.source.ReadFailure;
import org.seeddoc.internal.source.ReaderLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * SnakeYAML's event stream with seeddoc's refusals applied as events arrive: no aliases, anchors or
 * tags, nesting and scalars within the limits, and none of the raw controls {@link AllowedCharacters}
 * refuses. Refusing at the event keeps a billion-laughs file or
 * ten thousand nested brackets from costing more than reading up to the first offending token.
 * Front matter in the layout seeddoc writes gets its events from {@link CanonicalEvents}, the rest
 * from SnakeYAML's parser.
 */
public final class EventReader {
  /** Immutable, and costly enough to build that one per document shows in benchmarks. */
  static final LoadSettings SETTINGS =
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setUseMarks(true).build();

  private final Parser parser;
  private final FrontMatterText frontMatter;
  private final ReaderLimits limits;
  private final CommentFinder comments;
  private Event lastEvent;
  private int depth;

  /**
   * Starts reading front matter.
   *
   * @param frontMatter the front matter
   * @param limits the limits to apply
   * @throws ReadFailure at a raw control character YAML allows only escaped
   */
  public EventReader(FrontMatterText frontMatter, ReaderLimits limits) {
    this(frontMatter, limits, null);
  }

  /**
   * Starts reading front matter, telling an observer of every event and the comments around it.
   *
   * @param frontMatter the front matter
   * @param limits the limits to apply
   * @param observer told of each event, with the comments before it; only when the text may hold a
   *     comment at all (it has a {@code #}), so that text without comments costs nothing more
   * @throws ReadFailure at a raw control character YAML allows only escaped
   */
  public EventReader(FrontMatterText frontMatter, ReaderLimits limits, EventObserver observer) {
    List<Event> canonical = frontMatter.canonicalEvents(observer != null);
    if (canonical == null) {
      // The fast path gives up at each character refused here, so only text it leaves is scanned.
      AllowedCharacters.require(frontMatter);
    }
    this.parser = canonical != null
        ? new ListedEvents(canonical)
        : new ParserImpl(SETTINGS, new StreamReader(SETTINGS, frontMatter.text()));
    this.frontMatter = frontMatter;
    this.limits = limits;
    this.comments = new CommentFinder(frontMatter, observer);
  }

  /**
   * The file position where an event starts.
   *
   * @param event an event of this reader
   * @return the position
   */
  public Position position(Event event) {
    return frontMatter.position(event.getStartMark());
  }

  /**
   * The file position where an event ends. Only a reader with an observer knows it for every
   * event; without one, an event of front matter in the writer's layout ends where it starts.
   *
   * @param event an event of this reader
   * @return the position
   */
  public Position endPosition(Event event) {
    return frontMatter.position(event.getEndMark());
  }

  /**
   * The next event, checked.
   *
   * @return the event
   * @throws ReadFailure on a syntax error, a refused feature or a limit
   */
  public Event next() {
    Event event = pull();
    comments.visit(event);
    if (event instanceof AliasEvent) {
      throw refused(event, "aliases ('*') are not allowed in seed documents");
    }
    if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
      throw refused(event, "anchors ('&') are not allowed in seed documents");
    }
    if (event instanceof ScalarEvent scalar) {
      checkScalar(scalar);
    } else if (event instanceof CollectionStartEvent collection) {
      checkCollection(collection);
    } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
      depth--;
    }
    lastEvent = event;
    return event;
  }

  /**
   * The next event, without taking it or checking it.
   *
   * @return the event
   * @throws ReadFailure on a syntax error
   */
  public Event peek() {
    try {
      return parser.peekEvent();
    } catch (RuntimeException e) {
      throw syntaxFailure(e);
    }
  }

  private Event pull() {
    try {
      return parser.next();
    } catch (RuntimeException e) {
      throw syntaxFailure(e);
    }
  }

  private void checkScalar(ScalarEvent scalar) {
    if (scalar.getTag().isPresent()) {
      throw refused(scalar, "tags ('!') are not allowed in seed documents");
    }
    String value = scalar.getValue();
    // The limit counts code points, as the documentation says; chars are an upper bound, so only a
    // long value is counted.
    if (value.length() > limits.maxScalarLength() && value.codePointCount(0, value.length()) > limits.maxScalarLength()) {
      throw new ReadFailure(
          Rule.LIMIT,
          frontMatter.position(scalar.getStartMark()),
          "a scalar of " + value.codePointCount(0, value.length()) + " characters is longer than the limit of "
              + limits.maxScalarLength());
    }
    if (scalar.isDQuoted()) {
      requirePairedSurrogates(scalar, value);
    }
  }

  /**
   * Refuses a double-quoted scalar whose escapes make half a surrogate pair (a {@code u} escape of
   * U+D83D alone): no UTF-8 file can hold it, so the document could be checked but never written.
   */
  private void requirePairedSurrogates(ScalarEvent scalar, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ReadFailure(Rule.ENCODING, frontMatter.position(scalar.getStartMark()), String.format(
            "an escape makes the unpaired surrogate U+%04X, which UTF-8 cannot hold; escape the whole character,"
                + " such as \\U0001F600", (int) c));
      }
    }
  }

  private void checkCollection(CollectionStartEvent collection) {
    if (collection.getTag().isPresent()) {
      throw refused(collection, "tags ('!') are not allowed in seed documents");
    }
    if (++depth > limits.maxDepth()) {
      throw new ReadFailure(
          Rule.LIMIT,
          frontMatter.position(collection.getStartMark()),
          "mappings and sequences are nested deeper than the limit of " + limits.maxDepth());
    }
  }

  /** The most of SnakeYAML's own text a message keeps: it quotes the input, such as a tag handle, unbounded. */
  private static final int MAX_PROBLEM = 160;

  /** SnakeYAML's text, cut short with '…' where it is long, never inside a surrogate pair. */
  private static String bounded(String text) {
    if (text == null || text.length() <= MAX_PROBLEM) {
      return text;
    }
    int cut = Character.isLowSurrogate(text.charAt(MAX_PROBLEM)) ? MAX_PROBLEM - 1 : MAX_PROBLEM;
    return text.substring(0, cut) + "…";
  }

  private ReadFailure refused(Event event, String message) {
    return new ReadFailure(Rule.REFUSED_FEATURE, frontMatter.position(event.getStartMark()), message);
  }

  /**
   * Turns whatever the parser threw into a positioned failure. SnakeYAML documents its marked
   * exceptions; anything else it throws is still bad input to us, never a reason to let a stray
   * runtime exception escape.
   */
  private ReadFailure syntaxFailure(RuntimeException e) {
    if (e instanceof MarkedYamlEngineException marked) {
      String context = marked.getContext();
      String message = bounded(marked.getProblem()) + (context == null ? "" : " (" + bounded(context) + ")");
      Position position =
          frontMatter.position(marked.getProblemMark().or(marked::getContextMark));
      return new ReadFailure(Rule.SYNTAX, position, message);
    }
    if (e instanceof ReaderException reader) {
      return new ReadFailure(
          Rule.SYNTAX,
          frontMatter.positionOfCodePoint(reader.getPosition()),
          String.format("character U+%04X is not allowed in YAML; write it as an escape inside double quotes", reader.getCodePoint()));
    }
    Position position =
        lastEvent == null
            ? frontMatter.position(Optional.empty())
            : frontMatter.position(lastEvent.getEndMark());
    return new ReadFailure(Rule.SYNTAX, position, "unreadable YAML: " + e.getMessage());
  }

  /** Events made beforehand, handed out as SnakeYAML's parser would hand them out. */
  private static final class ListedEvents implements Parser {
    private final List<Event> events;
    private int next;

    ListedEvents(List<Event> events) {
      this.events = events;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return peekEvent().getEventId() == id;
    }

    @Override
    public Event peekEvent() {
      return events.get(next);
    }

    @Override
    public Event next() {
      return events.get(next++);
    }

    @Override
    public boolean hasNext() {
      return next < events.size();
    }
  }
}
