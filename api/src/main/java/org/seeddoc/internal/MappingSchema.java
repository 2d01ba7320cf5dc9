package org.seeddoc.internal;

import java.util.List;

/**
 * The keys of one kind of mapping in canonical order, and which of them are required.
 *
 * @param keys every key the format defines for this mapping, in canonical order
 * @param required the keys a document must give
 */
record MappingSchema(List<String> keys, List<String> required) {
  /** At most 64 keys, so that a {@code long} can say which of them a mapping gave. */
  private static final int MAX_KEYS = Long.SIZE;
  static final MappingSchema DOCUMENT =
      new MappingSchema(
          List.of(
              "category", "title", "excerpt", "publishedDateTime", "originalUrl", "webUrl",
              "ampWebUrl", "cdnAmpWebUrl", "type", "quality", "heat", "published", "provider",
              "topics", "images", "related", "secured"),
          List.of(
              "category", "title", "excerpt", "publishedDateTime", "originalUrl", "webUrl", "type",
              "quality", "heat", "published", "provider", "secured"));

  static final MappingSchema RELATED =
      new MappingSchema(
          List.of(
              "title", "excerpt", "publishedDateTime", "originalUrl", "webUrl", "ampWebUrl",
              "cdnAmpWebUrl", "type", "provider", "quality", "heat", "published", "topics", "images"),
          List.of("title", "excerpt", "publishedDateTime", "webUrl", "type", "provider", "quality"));

  static final MappingSchema PROVIDER =
      new MappingSchema(List.of("name", "domain"), List.of("name", "domain"));

  static final MappingSchema IMAGE =
      new MappingSchema(
          List.of("url", "width", "height", "isCached"), List.of("url", "width", "height", "isCached"));

  /** A mapping the format does not describe, inside an unknown field: anything goes. */
  static final MappingSchema FREE = new MappingSchema(List.of(), List.of());

  MappingSchema {
    if (keys.size() > MAX_KEYS || !keys.containsAll(required)) {
      throw new IllegalArgumentException("a schema has at most 64 keys, and its required keys among them");
    }
  }

  /** The bit that stands for a key in a mask of keys seen, or 0 for a key the schema does not define. */
  long bit(String key) {
    int index = keys.indexOf(key);
    return index < 0 ? 0 : 1L << index;
  }
}
