package org.seeddoc.internal;

import java.util.List;

/**
 * The keys of one kind of mapping in canonical order, and which of them are required.
 *
 * @param keys every key the format defines for this mapping, in canonical order
 * @param required the keys a document must give
 */
record MappingSchema(List<String> keys, List<String> required) {
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
}
