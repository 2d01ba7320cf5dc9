package org.seeddoc.validation.internal;

import java.util.List;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldPath;

/**
 * The fields a document and its related articles share, so that one set of rule families checks
 * both, and the article's URLs taken apart once for all of them: the URL rules report what is wrong
 * with each, the AMP Cache and provider rules use the valid ones. Not thread-safe: one per check.
 */
final class Article {
  private final String path;
  private final String title;
  private final String excerpt;
  private final String originalUrl;
  private final String webUrl;
  private final String ampWebUrl;
  private final String cdnAmpWebUrl;
  private final String type;
  private final Provider provider;
  private final List<String> topics;
  private final List<Image> images;
  private WebUrl parsedOriginal;
  private WebUrl parsedWeb;
  private WebUrl parsedAmp;

  private Article(
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
    this.path = path;
    this.title = title;
    this.excerpt = excerpt;
    this.originalUrl = originalUrl;
    this.webUrl = webUrl;
    this.ampWebUrl = ampWebUrl;
    this.cdnAmpWebUrl = cdnAmpWebUrl;
    this.type = type;
    this.provider = provider;
    this.topics = topics == null ? List.of() : topics;
    this.images = images == null ? List.of() : images;
  }

  static Article of(SeedDocument d) {
    return new Article(
        "",
        d.title(),
        d.excerpt(),
        d.originalUrl(),
        d.webUrl(),
        d.ampWebUrl(),
        d.cdnAmpWebUrl(),
        d.type(),
        d.provider(),
        d.topics(),
        d.images());
  }

  static Article of(String path, RelatedArticle r) {
    return new Article(
        path,
        r.title(),
        r.excerpt(),
        r.originalUrl(),
        r.webUrl(),
        r.ampWebUrl(),
        r.cdnAmpWebUrl(),
        r.type(),
        r.provider(),
        r.topics(),
        r.images());
  }

  /** The path of one of this article's fields. */
  String field(String name) {
    return FieldPath.child(path, name);
  }

  String title() {
    return title;
  }

  String excerpt() {
    return excerpt;
  }

  String originalUrl() {
    return originalUrl;
  }

  String webUrl() {
    return webUrl;
  }

  String ampWebUrl() {
    return ampWebUrl;
  }

  String cdnAmpWebUrl() {
    return cdnAmpWebUrl;
  }

  String type() {
    return type;
  }

  Provider provider() {
    return provider;
  }

  List<String> topics() {
    return topics;
  }

  List<Image> images() {
    return images;
  }

  /** {@code originalUrl} taken apart, valid or not; null when absent. */
  WebUrl original() {
    if (parsedOriginal == null && originalUrl != null) {
      parsedOriginal = WebUrl.parse(originalUrl);
    }
    return parsedOriginal;
  }

  /**
   * {@code webUrl} taken apart; nearly every document gives its page as both URLs, so it is taken
   * apart once.
   */
  WebUrl web() {
    if (parsedWeb == null && webUrl != null) {
      parsedWeb = webUrl.equals(originalUrl) ? original() : WebUrl.parse(webUrl);
    }
    return parsedWeb;
  }

  /** {@code ampWebUrl} taken apart, valid or not; null when absent. */
  WebUrl amp() {
    if (parsedAmp == null && ampWebUrl != null) {
      parsedAmp = WebUrl.parse(ampWebUrl);
    }
    return parsedAmp;
  }

  /** A URL when it is valid, else null. */
  static WebUrl valid(WebUrl url) {
    return url == null || url.problem() != null ? null : url;
  }
}
