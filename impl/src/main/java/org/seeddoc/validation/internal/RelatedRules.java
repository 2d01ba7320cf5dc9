package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.WEB_URL;

import java.util.Set;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;

/** A related article is another article: not the document's own page (SD212). */
final class RelatedRules implements Rules.Family {
  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.RELATED_SELF);
  }

  void check(SeedDocument document, Article related, Reporter out) {
    if (related.webUrl() != null && related.webUrl().equals(document.webUrl())) {
      out.report(
          Rule.RELATED_SELF,
          related.field(WEB_URL),
          "'"
              + related.field(WEB_URL)
              + "' is the document's own "
              + WEB_URL
              + "; a related article should be another article",
          null);
    }
  }
}
