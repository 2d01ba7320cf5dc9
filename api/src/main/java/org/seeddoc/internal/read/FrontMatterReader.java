package org.seeddoc.internal.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;
import org.seeddoc.internal.source.Envelope;
import org.seeddoc.internal.util.Instants;
import org.seeddoc.internal.yaml.CoreSchema;
import org.seeddoc.internal.yaml.EventReader;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.spi.ReadFailure;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueType;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Builds the model straight from the event stream, with no intermediate maps. Which key is which
 * field, and of which type, comes from {@link SeedSchema}; the readers of each kind of value are
 * here. A value of the wrong type, a missing key or an unknown key is recorded as a finding and
 * reading goes on, so one pass reports every such problem; only a {@link ReadFailure} stops it.
 */
final class FrontMatterReader {
  private final EventReader events;
  private final FindingCollector out;

  /**
   * The position of each field read; a mapping's keys so far are its set of keys seen, no second
   * set.
   */
  private final Map<String, Position> positions;

  FrontMatterReader(EventReader events, FindingCollector out, Map<String, Position> positions) {
    this.events = events;
    this.out = out;
    this.positions = positions;
  }

  SeedDocument read(String body) {
    events.next(); // the stream start
    if (events.next() == Event.ID.StreamEnd) {
      throw new ReadFailure(
          Rule.NOT_A_MAPPING,
          new Position(Envelope.FRONT_MATTER_LINE, 1),
          "the front matter is empty; it must be a mapping of keys to values");
    }
    Event.ID root = events.next();
    if (root != Event.ID.MappingStart) {
      throw new ReadFailure(
          Rule.NOT_A_MAPPING,
          events.position(),
          "the front matter must be a mapping of keys to values, found "
              + Describe.found(events, root));
    }
    SeedDocument document = fields(SeedSchema.DOCUMENT, SeedDocument.builder().body(body), "");
    events.next(); // the document end
    if (events.next() != Event.ID.StreamEnd) {
      throw new ReadFailure(
          Rule.REFUSED_FEATURE,
          events.position(),
          "the front matter holds more than one YAML document");
    }
    return document;
  }

  /** Reads a record's mapping, whose start event is next. */
  private <R, B> R record(RecordSchema<R, B> schema, String path) {
    Event.ID start = events.next();
    if (start != Event.ID.MappingStart) {
      return wrongType(path, "a mapping", start);
    }
    return fields(schema, schema.newBuilder(), path);
  }

  /**
   * Reads the fields of the mapping whose start is the current event into a builder, and builds the
   * record.
   */
  private <R, B> R fields(RecordSchema<R, B> schema, B builder, String path) {
    List<UnknownField> unknown =
        readMapping(
            path,
            events.position(),
            schema,
            (key, field) -> {
              FieldSpec<R, B, ?> spec = schema.field(key);
              if (spec == null) {
                return false;
              }
              spec.set(builder, value(spec.type(), field));
              return true;
            });
    return schema.build(builder, unknown);
  }

  /** Reads a value of a type, dispatching on its kind to the reader of that kind. */
  private Object value(ValueType<?> type, String path) {
    return switch (type.kind()) {
      case TOKEN, TEXT, URL -> text(path);
      case INSTANT -> instant(path);
      case INTEGER -> integer(path);
      case BOOLEAN -> bool(path);
      case SECURED -> secured(path);
      case RECORD -> record(type.record(), path);
      case LIST -> list(path, item -> value(type.item(), item));
    };
  }

  /**
   * Reads a known field's value and returns true, or returns false, reading nothing, for a key it
   * does not know.
   */
  @FunctionalInterface
  private interface FieldHandler {
    boolean read(String key, String path);
  }

  /**
   * Reads the entries of the mapping whose start is the current event, through its end. Keys the
   * handler does not know are kept as unknown fields and, when the mapping has a schema, reported.
   *
   * @param start where the mapping starts, for a missing key; null without a schema
   * @param schema the mapping's schema, or null for a mapping inside an unknown field
   */
  private List<UnknownField> readMapping(
      String prefix, Position start, RecordSchema<?, ?> schema, FieldHandler handler) {
    List<UnknownField> unknown = new ArrayList<>();
    // By name, not by path: an unknown key may be spelt like another field's path ("topics[0]").
    Map<String, Position> keys = new HashMap<>();
    long seen = 0;
    for (Event.ID key = events.next(); key != Event.ID.MappingEnd; key = events.next()) {
      if (key != Event.ID.Scalar) {
        out.report(
            Rule.REFUSED_FEATURE,
            null,
            events.position(),
            "keys must be text; a mapping or sequence as a key is not allowed");
        skipRest(key);
        skipRest(events.next());
        continue;
      }
      String name = events.value();
      String path = FieldPath.child(prefix, name);
      Position position = events.position();
      if (events.plain() && name.equals("<<")) {
        out.report(
            Rule.REFUSED_FEATURE,
            path,
            position,
            "merge keys ('<<') are not allowed in seed documents");
        skipRest(events.next());
        continue;
      }
      Position first = keys.putIfAbsent(name, position);
      positions.putIfAbsent(path, position);
      if (schema != null) {
        seen |= schema.bit(name);
      }
      if (first != null) {
        out.report(
            Rule.DUPLICATE_KEY,
            path,
            position,
            "duplicate key "
                + Describe.quoted(name)
                + "; it was first given on line "
                + first.line());
        skipRest(events.next());
      } else if (!handler.read(name, path)) {
        unknown.add(new UnknownField(name, capture(path)));
        if (schema != null) {
          reportUnknown(schema, name, path, position);
        }
      }
    }
    if (schema != null) {
      reportMissing(prefix, schema, seen, start);
    }
    return unknown;
  }

  private void reportMissing(
      String prefix, RecordSchema<?, ?> schema, long seen, Position mapping) {
    for (String required : schema.required()) {
      if ((seen & schema.bit(required)) == 0) {
        out.report(
            Rule.MISSING_KEY,
            FieldPath.child(prefix, required),
            mapping,
            "missing required key '"
                + required
                + "'"
                + (prefix.isEmpty() ? "" : " in '" + prefix + "'"));
      }
    }
  }

  private void reportUnknown(
      RecordSchema<?, ?> schema, String name, String path, Position position) {
    String suggestion = KeySuggestion.closest(name, schema.keys());
    out.report(
        Rule.UNKNOWN_KEY,
        path,
        position,
        "unknown key "
            + Describe.quoted(name)
            + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
        suggestion);
  }

  private <T> List<T> list(String path, Function<String, T> itemReader) {
    Event.ID start = events.next();
    if (start != Event.ID.SequenceStart) {
      return wrongType(path, "a list", start);
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; events.peek() != Event.ID.SequenceEnd; i++) {
      String itemPath = FieldPath.item(path, i);
      positions.put(itemPath, events.nextPosition());
      T item = itemReader.apply(itemPath);
      if (item != null) {
        items.add(item);
      }
    }
    events.next();
    return items;
  }

  private String text(String path) {
    Event.ID id = events.next();
    if (id == Event.ID.Scalar && !(events.plain() && CoreSchema.isNull(events.value()))) {
      return events.value();
    }
    return wrongType(path, "text", id);
  }

  private Integer integer(String path) {
    Event.ID id = events.next();
    if (id == Event.ID.Scalar && events.plain() && CoreSchema.isInteger(events.value())) {
      String text = events.value();
      String digits = CoreSchema.withoutLeadingZeros(text);
      if (digits != null) {
        out.report(
            Rule.WRONG_TYPE,
            path,
            positions.get(path),
            "the integer for '"
                + path
                + "' has a leading zero,"
                + " which YAML 1.1 readers take for octal: write it in plain decimal",
            digits);
        return null;
      }
      Integer value = CoreSchema.intValue(text);
      if (value == null) {
        out.report(
            Rule.WRONG_TYPE,
            path,
            positions.get(path),
            "the integer for '" + path + "' is out of range: " + Describe.quoted(text));
      }
      return value;
    }
    return wrongType(path, "an integer", id);
  }

  private Boolean bool(String path) {
    Event.ID id = events.next();
    if (id == Event.ID.Scalar && events.plain()) {
      Boolean value = CoreSchema.bool(events.value());
      if (value != null) {
        return value;
      }
    }
    return wrongType(path, "true or false", id);
  }

  private Instant instant(String path) {
    String text = text(path);
    if (text == null) {
      return null;
    }
    Instant instant = Instants.parse(text);
    if (instant == null) {
      out.report(
          Rule.DATE,
          path,
          positions.get(path),
          "'"
              + path
              + "' must be a real UTC time written yyyy-MM-ddTHH:mm:ssZ, found "
              + Describe.quoted(text));
    }
    return instant;
  }

  private Secured secured(String path) {
    String text = text(path);
    return text == null ? null : Secured.parse(text);
  }

  /**
   * Reports a value of the wrong type, whose first event is the current one, once it is known to be
   * well-formed: a broken one is a syntax error only.
   */
  private <T> T wrongType(String path, String expected, Event.ID first) {
    String found = Describe.found(events, first);
    skipRest(first);
    out.report(
        Rule.WRONG_TYPE,
        path,
        positions.get(path),
        "expected " + expected + " for '" + path + "', found " + found);
    return null;
  }

  /** Keeps a value the model does not know, as it was written. */
  private YamlValue capture(String path) {
    Event.ID id = events.next();
    if (id == Event.ID.Scalar) {
      return new YamlValue.Scalar(events.value(), events.plain());
    }
    if (id == Event.ID.SequenceStart) {
      List<YamlValue> items = new ArrayList<>();
      for (int i = 0; events.peek() != Event.ID.SequenceEnd; i++) {
        items.add(capture(FieldPath.item(path, i)));
      }
      events.next();
      return new YamlValue.Sequence(items);
    }
    List<UnknownField> entries = new ArrayList<>();
    readMapping(
        path, null, null, (key, field) -> entries.add(new UnknownField(key, capture(field))));
    return new YamlValue.Mapping(entries);
  }

  /** Reads past the rest of a value whose first event has been read. */
  private void skipRest(Event.ID first) {
    if (first != Event.ID.MappingStart && first != Event.ID.SequenceStart) {
      return;
    }
    for (int open = 1; open > 0; ) {
      Event.ID id = events.next();
      if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
        open++;
      } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
        open--;
      }
    }
  }
}
