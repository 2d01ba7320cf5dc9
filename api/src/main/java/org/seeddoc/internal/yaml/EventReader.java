package org.seeddoc.internal.yaml;

import java.util.Optional;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.spi.ReadFailure;
import org.seeddoc.spi.ReaderLimits;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

/**
 * YAML events with seeddoc's refusals applied as they arrive: no aliases, anchors or tags, nesting
 * and scalars within the limits, and none of the raw controls {@link AllowedCharacters} refuses.
 * Refusing at the event keeps a billion-laughs file or ten thousand nested brackets from costing
 * more than reading up to the first offending token. Front matter in the layout seeddoc writes gets
 * its events from {@link CanonicalEvents}, the rest from SnakeYAML's parser ({@link ParsedEvents}).
 *
 * <p>A cursor: {@link #next} moves to an event, which the other methods then describe, until the
 * next move. Not thread-safe; one reader reads one text, once.
 */
public final class EventReader {
  private final EventSource source;
  private final FrontMatterText frontMatter;
  private final ReaderLimits limits;
  private final CommentFinder comments;
  private boolean started;
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
    EventSource canonical = frontMatter.canonicalEvents(observer != null);
    if (canonical == null) {
      // The fast path gives up at each character refused here, so only text it leaves is scanned.
      AllowedCharacters.require(frontMatter);
    }
    this.source = canonical != null ? canonical : ParsedEvents.of(frontMatter.text());
    this.frontMatter = frontMatter;
    this.limits = limits;
    this.comments = new CommentFinder(frontMatter, source, observer);
  }

  /**
   * Moves to the next event, checked.
   *
   * @return its kind
   * @throws ReadFailure on a syntax error, a refused feature or a limit
   */
  public Event.ID next() {
    Event.ID id;
    try {
      id = source.next();
    } catch (RuntimeException e) {
      throw syntaxFailure(e);
    }
    started = true;
    comments.visit(id);
    if (id == Event.ID.Alias) {
      throw refused("aliases ('*') are not allowed in seed documents");
    }
    if (source.anchored()) {
      throw refused("anchors ('&') are not allowed in seed documents");
    }
    if (id == Event.ID.Scalar) {
      checkScalar();
    } else if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
      checkCollection();
    } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
      depth--;
    }
    return id;
  }

  /**
   * The kind of the next event, without moving to it or checking it.
   *
   * @return its kind
   * @throws ReadFailure on a syntax error
   */
  public Event.ID peek() {
    try {
      return source.peek();
    } catch (RuntimeException e) {
      throw syntaxFailure(e);
    }
  }

  /**
   * The file position where the next event starts, without moving to it.
   *
   * @return the position
   * @throws ReadFailure on a syntax error
   */
  public Position nextPosition() {
    peek();
    return frontMatter.position(source.peekLine(), source.peekColumn());
  }

  /**
   * The current scalar's value.
   *
   * @return the value
   */
  public String value() {
    return source.value();
  }

  /**
   * Whether the current event is a scalar written without quotes, the only kind that can be null.
   *
   * @return true for a plain scalar
   */
  public boolean plain() {
    return source.plain();
  }

  /**
   * Whether the current event starts a collection in flow style.
   *
   * @return true for a flow collection
   */
  public boolean flow() {
    return source.flow();
  }

  /**
   * The file position where the current event starts.
   *
   * @return the position
   */
  public Position position() {
    return frontMatter.position(source.line(), source.column());
  }

  /**
   * The file position where the current event ends. Only a reader with an observer knows it for
   * every event; without one, an event of front matter in the writer's layout ends where it starts.
   *
   * @return the position
   */
  public Position endPosition() {
    return frontMatter.position(source.endLine(), source.endColumn());
  }

  private void checkScalar() {
    if (source.tagged()) {
      throw refused("tags ('!') are not allowed in seed documents");
    }
    String value = source.value();
    // The limit counts code points, as the documentation says; chars are an upper bound, so only a
    // long value is counted.
    if (value.length() > limits.maxScalarLength()
        && value.codePointCount(0, value.length()) > limits.maxScalarLength()) {
      throw new ReadFailure(
          Rule.LIMIT,
          position(),
          "a scalar of "
              + value.codePointCount(0, value.length())
              + " characters is longer than the limit of "
              + limits.maxScalarLength());
    }
    if (source.doubleQuoted()) {
      requirePairedSurrogates(value);
    }
  }

  /**
   * Refuses a double-quoted scalar whose escapes make half a surrogate pair (a {@code u} escape of
   * U+D83D alone): no UTF-8 file can hold it, so the document could be checked but never written.
   */
  private void requirePairedSurrogates(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ReadFailure(
            Rule.ENCODING,
            position(),
            String.format(
                "an escape makes the unpaired surrogate U+%04X, which UTF-8 cannot hold; escape the whole character,"
                    + " such as \\U0001F600",
                (int) c));
      }
    }
  }

  private void checkCollection() {
    if (source.tagged()) {
      throw refused("tags ('!') are not allowed in seed documents");
    }
    if (++depth > limits.maxDepth()) {
      throw new ReadFailure(
          Rule.LIMIT,
          position(),
          "mappings and sequences are nested deeper than the limit of " + limits.maxDepth());
    }
  }

  /**
   * The most of SnakeYAML's own text a message keeps: it quotes the input, such as a tag handle,
   * unbounded.
   */
  private static final int MAX_PROBLEM = 160;

  /** SnakeYAML's text, cut short with '…' where it is long, never inside a surrogate pair. */
  private static String bounded(String text) {
    if (text == null || text.length() <= MAX_PROBLEM) {
      return text;
    }
    int cut = Character.isLowSurrogate(text.charAt(MAX_PROBLEM)) ? MAX_PROBLEM - 1 : MAX_PROBLEM;
    return text.substring(0, cut) + "…";
  }

  private ReadFailure refused(String message) {
    return new ReadFailure(Rule.REFUSED_FEATURE, position(), message);
  }

  /**
   * Turns whatever the parser threw into a positioned failure. SnakeYAML documents its marked
   * exceptions; anything else it throws is still bad input to us, never a reason to let a stray
   * runtime exception escape.
   */
  private ReadFailure syntaxFailure(RuntimeException e) {
    if (e instanceof MarkedYamlEngineException marked) {
      String context = marked.getContext();
      String message =
          bounded(marked.getProblem()) + (context == null ? "" : " (" + bounded(context) + ")");
      Position position = frontMatter.position(marked.getProblemMark().or(marked::getContextMark));
      return new ReadFailure(Rule.SYNTAX, position, message);
    }
    if (e instanceof ReaderException reader) {
      return new ReadFailure(
          Rule.SYNTAX,
          frontMatter.positionOfCodePoint(reader.getPosition()),
          String.format(
              "character U+%04X is not allowed in YAML; write it as an escape inside double quotes",
              reader.getCodePoint()));
    }
    Position position = started ? endPosition() : frontMatter.position(Optional.empty());
    return new ReadFailure(Rule.SYNTAX, position, "unreadable YAML: " + e.getMessage());
  }
}
