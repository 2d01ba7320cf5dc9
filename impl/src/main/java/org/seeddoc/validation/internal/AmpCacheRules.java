package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.AMP_WEB_URL;
import static org.seeddoc.spi.SeedSchema.CDN_AMP_WEB_URL;

import java.util.Set;
import org.seeddoc.Rule;

/**
 * An article's AMP Cache URL: given with its AMP page, and the one the AMP Project's library
 * computes for it (SD209, SD210).
 */
final class AmpCacheRules implements Rules.OnArticle {
  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.AMP_CACHE_WITHOUT_AMP, Rule.AMP_CACHE_MISMATCH);
  }

  @Override
  public void check(Article a, Reporter out) {
    String cdnPath = a.field(CDN_AMP_WEB_URL);
    if (a.cdnAmpWebUrl() == null) {
      return;
    }
    if (a.ampWebUrl() == null) {
      out.report(
          Rule.AMP_CACHE_WITHOUT_AMP,
          cdnPath,
          "'" + cdnPath + "' is given without '" + AMP_WEB_URL + "'",
          null);
      return;
    }
    WebUrl amp = Article.valid(a.amp());
    if (amp == null) {
      return;
    }
    String expected = AmpCache.url(amp);
    if (!expected.equals(a.cdnAmpWebUrl())) {
      out.report(
          Rule.AMP_CACHE_MISMATCH,
          cdnPath,
          "'"
              + cdnPath
              + "' is not the AMP Cache URL of '"
              + AMP_WEB_URL
              + "', which is "
              + Reporter.quoted(expected),
          expected);
    }
  }
}
