package org.seeddoc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.seeddoc.Image;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Builds the model straight from the event stream, with no intermediate maps. A value of the wrong
 * type, a missing key or an unknown key is recorded as a finding and reading goes on, so one pass
 * reports every such problem; only a {@link ReadFailure} stops it.
 */
final class FrontMatterReader {
  private final EventReader events;
  private final FindingCollector out;

  FrontMatterReader(EventReader events, FindingCollector out) {
    this.events = events;
    this.out = out;
  }

  SeedDocument read(String body) {
    events.next(); // the stream start
    Event documentStart = events.next();
    if (documentStart.getEventId() == Event.ID.StreamEnd) {
      throw new ReadFailure(
          Rule.NOT_A_MAPPING,
          new Position(Envelope.FRONT_MATTER_LINE, 1),
          "the front matter is empty; it must be a mapping of keys to values");
    }
    Event root = events.next();
    if (root.getEventId() != Event.ID.MappingStart) {
      throw new ReadFailure(
          Rule.NOT_A_MAPPING,
          events.position(root),
          "the front matter must be a mapping of keys to values, found " + Describe.found(root));
    }
    SeedDocument.Builder document = SeedDocument.builder().body(body);
    document.unknownFields(readMapping("", root, MappingSchema.DOCUMENT, (key, path) -> documentField(document, key, path)));
    events.next(); // the document end
    Event afterDocument = events.next();
    if (afterDocument.getEventId() != Event.ID.StreamEnd) {
      throw new ReadFailure(
          Rule.REFUSED_FEATURE,
          events.position(afterDocument),
          "the front matter holds more than one YAML document");
    }
    return document.build();
  }

  private boolean documentField(SeedDocument.Builder document, String key, String path) {
    switch (key) {
      case "category" -> document.category(text(path));
      case "title" -> document.title(text(path));
      case "excerpt" -> document.excerpt(text(path));
      case "publishedDateTime" -> document.publishedDateTime(instant(path));
      case "originalUrl" -> document.originalUrl(text(path));
      case "webUrl" -> document.webUrl(text(path));
      case "ampWebUrl" -> document.ampWebUrl(text(path));
      case "cdnAmpWebUrl" -> document.cdnAmpWebUrl(text(path));
      case "type" -> document.type(text(path));
      case "quality" -> document.quality(integer(path));
      case "heat" -> document.heat(integer(path));
      case "published" -> document.published(bool(path));
      case "provider" -> document.provider(provider(path));
      case "topics" -> document.topics(list(path, this::text));
      case "images" -> document.images(list(path, this::image));
      case "related" -> document.related(list(path, this::related));
      case "secured" -> document.secured(secured(path));
      default -> {
        return false;
      }
    }
    return true;
  }

  private RelatedArticle related(String path) {
    Event start = events.next();
    if (start.getEventId() != Event.ID.MappingStart) {
      return wrongType(path, "a mapping", start);
    }
    RelatedArticle.Builder article = RelatedArticle.builder();
    article.unknownFields(readMapping(path, start, MappingSchema.RELATED, (key, field) -> relatedField(article, key, field)));
    return article.build();
  }

  private boolean relatedField(RelatedArticle.Builder article, String key, String path) {
    switch (key) {
      case "title" -> article.title(text(path));
      case "excerpt" -> article.excerpt(text(path));
      case "publishedDateTime" -> article.publishedDateTime(instant(path));
      case "originalUrl" -> article.originalUrl(text(path));
      case "webUrl" -> article.webUrl(text(path));
      case "ampWebUrl" -> article.ampWebUrl(text(path));
      case "cdnAmpWebUrl" -> article.cdnAmpWebUrl(text(path));
      case "type" -> article.type(text(path));
      case "provider" -> article.provider(provider(path));
      case "quality" -> article.quality(integer(path));
      case "heat" -> article.heat(integer(path));
      case "published" -> article.published(bool(path));
      case "topics" -> article.topics(list(path, this::text));
      case "images" -> article.images(list(path, this::image));
      default -> {
        return false;
      }
    }
    return true;
  }

  private Provider provider(String path) {
    Event start = events.next();
    if (start.getEventId() != Event.ID.MappingStart) {
      return wrongType(path, "a mapping", start);
    }
    var parts = new Object() {
      String name;
      String domain;
    };
    List<UnknownField> unknown =
        readMapping(path, start, MappingSchema.PROVIDER, (key, field) -> switch (key) {
          case "name" -> {
            parts.name = text(field);
            yield true;
          }
          case "domain" -> {
            parts.domain = text(field);
            yield true;
          }
          default -> false;
        });
    return new Provider(parts.name, parts.domain, unknown);
  }

  private Image image(String path) {
    Event start = events.next();
    if (start.getEventId() != Event.ID.MappingStart) {
      return wrongType(path, "a mapping", start);
    }
    var parts = new Object() {
      String url;
      Integer width;
      Integer height;
      Boolean isCached;
    };
    List<UnknownField> unknown =
        readMapping(path, start, MappingSchema.IMAGE, (key, field) -> switch (key) {
          case "url" -> {
            parts.url = text(field);
            yield true;
          }
          case "width" -> {
            parts.width = integer(field);
            yield true;
          }
          case "height" -> {
            parts.height = integer(field);
            yield true;
          }
          case "isCached" -> {
            parts.isCached = bool(field);
            yield true;
          }
          default -> false;
        });
    return new Image(parts.url, parts.width, parts.height, parts.isCached, unknown);
  }

  /** Reads a known field's value and returns true, or returns false, reading nothing, for a key it does not know. */
  @FunctionalInterface
  private interface FieldHandler {
    boolean read(String key, String path);
  }

  /**
   * Reads the entries of a mapping whose start event has been read, through its end. Keys the
   * handler does not know are kept as unknown fields and reported.
   */
  private List<UnknownField> readMapping(String prefix, Event start, MappingSchema schema, FieldHandler handler) {
    List<UnknownField> unknown = new ArrayList<>();
    long seen = 0;
    for (Event keyEvent = events.next(); keyEvent.getEventId() != Event.ID.MappingEnd; keyEvent = events.next()) {
      if (!(keyEvent instanceof ScalarEvent key)) {
        out.report(Rule.REFUSED_FEATURE, null, events.position(keyEvent),
            "keys must be text; a mapping or sequence as a key is not allowed");
        skipRest(keyEvent);
        skipRest(events.next());
        continue;
      }
      String name = key.getValue();
      String path = FieldPaths.child(prefix, name);
      Position position = events.position(key);
      if (key.isPlain() && name.equals("<<")) {
        out.report(Rule.REFUSED_FEATURE, path, position, "merge keys ('<<') are not allowed in seed documents");
        skipRest(events.next());
        continue;
      }
      // The positions of a mapping's keys are its set of keys seen so far: one map, no second set.
      Position first = out.positionIfAbsent(path, position);
      seen |= schema.bit(name);
      if (first != null) {
        out.report(Rule.DUPLICATE_KEY, path, position,
            "duplicate key '" + name + "'; it was first given on line " + first.line());
        skipRest(events.next());
      } else if (!handler.read(name, path)) {
        unknown.add(new UnknownField(name, capture(path)));
        reportUnknown(schema, name, path, position);
      }
    }
    Position mapping = events.position(start);
    for (String required : schema.required()) {
      if ((seen & schema.bit(required)) == 0) {
        out.report(Rule.MISSING_KEY, FieldPaths.child(prefix, required), mapping,
            "missing required key '" + required + "'" + (prefix.isEmpty() ? "" : " in '" + prefix + "'"));
      }
    }
    return unknown;
  }

  private void reportUnknown(MappingSchema schema, String name, String path, Position position) {
    if (schema == MappingSchema.FREE) {
      return;
    }
    String suggestion = KeySuggestion.closest(name, schema.keys());
    out.report(Rule.UNKNOWN_KEY, path, position,
        "unknown key " + Describe.quoted(name) + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
        suggestion);
  }

  private <T> List<T> list(String path, Function<String, T> itemReader) {
    Event start = events.next();
    if (start.getEventId() != Event.ID.SequenceStart) {
      return wrongType(path, "a list", start);
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; events.peek().getEventId() != Event.ID.SequenceEnd; i++) {
      String itemPath = FieldPaths.item(path, i);
      out.position(itemPath, events.position(events.peek()));
      T item = itemReader.apply(itemPath);
      if (item != null) {
        items.add(item);
      }
    }
    events.next();
    return items;
  }

  private String text(String path) {
    Event event = events.next();
    if (event instanceof ScalarEvent scalar && !(scalar.isPlain() && CoreSchema.isNull(scalar.getValue()))) {
      return scalar.getValue();
    }
    return wrongType(path, "text", event);
  }

  private Integer integer(String path) {
    Event event = events.next();
    if (event instanceof ScalarEvent scalar && scalar.isPlain() && CoreSchema.isInteger(scalar.getValue())) {
      Integer value = CoreSchema.intValue(scalar.getValue());
      if (value == null) {
        out.report(Rule.WRONG_TYPE, path, out.positionOf(path),
            "the integer for '" + path + "' is out of range: " + Describe.quoted(scalar.getValue()));
      }
      return value;
    }
    return wrongType(path, "an integer", event);
  }

  private Boolean bool(String path) {
    Event event = events.next();
    if (event instanceof ScalarEvent scalar && scalar.isPlain()) {
      Boolean value = CoreSchema.bool(scalar.getValue());
      if (value != null) {
        return value;
      }
    }
    return wrongType(path, "true or false", event);
  }

  private Instant instant(String path) {
    String text = text(path);
    if (text == null) {
      return null;
    }
    Instant instant = Instants.parse(text);
    if (instant == null) {
      out.report(Rule.DATE, path, out.positionOf(path),
          "'" + path + "' must be a real UTC time written yyyy-MM-ddTHH:mm:ssZ, found " + Describe.quoted(text));
    }
    return instant;
  }

  private Secured secured(String path) {
    String text = text(path);
    return text == null ? null : Secured.parse(text);
  }

  /** Reports a value of the wrong type, once it is known to be well-formed: a broken one is a syntax error only. */
  private <T> T wrongType(String path, String expected, Event found) {
    skipRest(found);
    out.report(Rule.WRONG_TYPE, path, out.positionOf(path),
        "expected " + expected + " for '" + path + "', found " + Describe.found(found));
    return null;
  }

  /** Keeps a value the model does not know, as it was written. */
  private YamlValue capture(String path) {
    Event event = events.next();
    if (event instanceof ScalarEvent scalar) {
      return new YamlValue.Scalar(scalar.getValue(), scalar.isPlain());
    }
    if (event.getEventId() == Event.ID.SequenceStart) {
      List<YamlValue> items = new ArrayList<>();
      for (int i = 0; events.peek().getEventId() != Event.ID.SequenceEnd; i++) {
        items.add(capture(FieldPaths.item(path, i)));
      }
      events.next();
      return new YamlValue.Sequence(items);
    }
    List<UnknownField> entries = new ArrayList<>();
    readMapping(path, event, MappingSchema.FREE, (key, field) -> entries.add(new UnknownField(key, capture(field))));
    return new YamlValue.Mapping(entries);
  }

  /** Reads past the rest of a value whose first event has been read. */
  private void skipRest(Event first) {
    if (first.getEventId() != Event.ID.MappingStart && first.getEventId() != Event.ID.SequenceStart) {
      return;
    }
    for (int open = 1; open > 0; ) {
      Event.ID id = events.next().getEventId();
      if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
        open++;
      } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
        open--;
      }
    }
  }
}
