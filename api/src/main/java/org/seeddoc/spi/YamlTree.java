package org.seeddoc.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.internal.yaml.CoreSchema;
import org.seeddoc.internal.yaml.EventReader;
import org.seeddoc.internal.yaml.FrontMatterText;
import org.snakeyaml.engine.v2.events.Event;

/**
 * A YAML file of its own, such as {@code .seeddoc.yaml}, read into a tree whose every node knows
 * its position, under the same refusals and limits as front matter: no anchors, aliases, tags,
 * merge keys, complex keys, duplicate keys or second documents. Small files only; seed documents
 * are read as a stream, never as a tree.
 */
public final class YamlTree {
  private final EventReader events;

  private YamlTree(String yaml, ReaderLimits limits) {
    this.events = new EventReader(FrontMatterText.standalone(yaml), limits);
  }

  /** A node of the tree. */
  public sealed interface Node {
    /**
     * Where the node starts.
     *
     * @return its file position
     */
    Position position();
  }

  /**
   * A scalar.
   *
   * @param value its text
   * @param plain whether it was written without quotes, so that {@code null} means no value
   * @param position where it starts
   */
  public record Scalar(String value, boolean plain, Position position) implements Node {
    /**
     * Whether the scalar is YAML's null: empty, {@code ~} or {@code null}, unquoted.
     *
     * @return true for a null
     */
    public boolean isNull() {
      return plain && CoreSchema.isNull(value);
    }
  }

  /**
   * A sequence.
   *
   * @param items its items in order
   * @param position where it starts
   */
  public record Sequence(List<Node> items, Position position) implements Node {}

  /**
   * One entry of a mapping.
   *
   * @param key its key
   * @param value its value
   */
  public record Entry(Scalar key, Node value) {}

  /**
   * A mapping.
   *
   * @param entries its entries in order, each key once
   * @param position where it starts
   */
  public record Mapping(List<Entry> entries, Position position) implements Node {}

  /**
   * Reads a whole YAML file.
   *
   * @param yaml the file's text
   * @param limits the limits to apply
   * @return its one document's root node, or null when the file holds no document or only a null
   * @throws ReadFailure on a syntax error, a refused feature or a limit, with its position
   */
  public static Node read(String yaml, ReaderLimits limits) {
    return new YamlTree(yaml, limits).document();
  }

  private Node document() {
    events.next(); // the stream start
    if (events.next() == Event.ID.StreamEnd) {
      return null;
    }
    Node root = node(events.next());
    events.next(); // the document end
    if (events.next() != Event.ID.StreamEnd) {
      throw new ReadFailure(
          Rule.REFUSED_FEATURE, events.position(), "the file holds more than one YAML document");
    }
    return root instanceof Scalar scalar && scalar.isNull() ? null : root;
  }

  /** Reads a node whose first event is the current one. */
  private Node node(Event.ID first) {
    Position position = events.position();
    if (first == Event.ID.Scalar) {
      return new Scalar(events.value(), events.plain(), position);
    }
    if (first == Event.ID.SequenceStart) {
      List<Node> items = new ArrayList<>();
      for (Event.ID item = events.next(); item != Event.ID.SequenceEnd; item = events.next()) {
        items.add(node(item));
      }
      return new Sequence(List.copyOf(items), position);
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (Event.ID key = events.next(); key != Event.ID.MappingEnd; key = events.next()) {
      Position at = events.position();
      if (key != Event.ID.Scalar) {
        throw new ReadFailure(
            Rule.REFUSED_FEATURE,
            at,
            "keys must be text; a mapping or sequence as a key is not allowed");
      }
      String name = events.value();
      boolean plain = events.plain();
      if (plain && name.equals("<<")) {
        throw new ReadFailure(Rule.REFUSED_FEATURE, at, "merge keys ('<<') are not allowed");
      }
      Position earlier = seen.putIfAbsent(name, at);
      if (earlier != null) {
        throw new ReadFailure(
            Rule.DUPLICATE_KEY,
            at,
            "this key is given twice; it was first given on line " + earlier.line());
      }
      entries.add(new Entry(new Scalar(name, plain, at), node(events.next())));
    }
    return new Mapping(List.copyOf(entries), position);
  }
}
