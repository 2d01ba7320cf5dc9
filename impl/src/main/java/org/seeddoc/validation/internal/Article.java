package org.seeddoc.validation.internal;

import java.util.List;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.SeedDocument;
import org.seeddoc.internal.schema.FieldPath;

/**
 * The fields a document and its related articles share, so that one set of rules checks both.
 *
 * @param path the field path of the article, empty for the document itself
 */
record Article(
    String path,
    String title,
    String excerpt,
    String originalUrl,
    String webUrl,
    String ampWebUrl,
    String cdnAmpWebUrl,
    String type,
    Provider provider,
    List<String> topics,
    List<Image> images) {

  static Article of(SeedDocument d) {
    return new Article("", d.title(), d.excerpt(), d.originalUrl(), d.webUrl(), d.ampWebUrl(),
        d.cdnAmpWebUrl(), d.type(), d.provider(), d.topics(), d.images());
  }

  static Article of(String path, RelatedArticle r) {
    return new Article(path, r.title(), r.excerpt(), r.originalUrl(), r.webUrl(), r.ampWebUrl(),
        r.cdnAmpWebUrl(), r.type(), r.provider(), r.topics(), r.images());
  }

  /** The path of one of this article's fields. */
  String field(String name) {
    return FieldPath.child(path, name);
  }
}
