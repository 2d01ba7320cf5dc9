package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.AMP_WEB_URL;
import static org.seeddoc.spi.SeedSchema.CDN_AMP_WEB_URL;
import static org.seeddoc.spi.SeedSchema.IMAGES;
import static org.seeddoc.spi.SeedSchema.IMAGE_URL;
import static org.seeddoc.spi.SeedSchema.ORIGINAL_URL;
import static org.seeddoc.spi.SeedSchema.WEB_URL;

import java.util.List;
import java.util.Set;
import org.seeddoc.Image;
import org.seeddoc.Rule;
import org.seeddoc.spi.FieldPath;

/**
 * Every URL of an article and its images: absolute http or https with a valid host, and https
 * (SD204, SD205).
 */
final class UrlRules implements Rules.OnArticle {
  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.URL, Rule.HTTP);
  }

  @Override
  public void check(Article a, Reporter out) {
    report(out, a.field(ORIGINAL_URL), a.originalUrl(), a.original());
    report(out, a.field(WEB_URL), a.webUrl(), a.web());
    report(out, a.field(AMP_WEB_URL), a.ampWebUrl(), a.amp());
    report(out, a.field(CDN_AMP_WEB_URL), a.cdnAmpWebUrl(), parse(a.cdnAmpWebUrl()));
    List<Image> images = a.images();
    for (int i = 0; i < images.size(); i++) {
      String url = images.get(i).url();
      report(out, FieldPath.child(FieldPath.item(a.field(IMAGES), i), IMAGE_URL), url, parse(url));
    }
  }

  private static WebUrl parse(String value) {
    return value == null ? null : WebUrl.parse(value);
  }

  /** Reports what is wrong with a URL taken apart. */
  private static void report(Reporter out, String path, String value, WebUrl url) {
    if (url == null) {
      return;
    }
    if (url.problem() != null) {
      out.report(
          Rule.URL,
          path,
          "'" + path + "' " + url.problem() + ": " + Reporter.quoted(value),
          url.fix());
    } else if (url.scheme().equals("http")) {
      out.report(
          Rule.HTTP,
          path,
          "'" + path + "' uses http; use https",
          "https" + value.substring("http".length()));
    }
  }
}
