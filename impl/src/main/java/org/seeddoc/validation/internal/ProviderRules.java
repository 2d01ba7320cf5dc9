package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.DOMAIN;
import static org.seeddoc.spi.SeedSchema.PROVIDER_KEY;
import static org.seeddoc.spi.SeedSchema.WEB_URL;

import java.util.Set;
import org.seeddoc.Rule;
import org.seeddoc.spi.FieldPath;

/**
 * An article's provider: its domain a valid DNS name that is no public suffix, and the page's host
 * on it, as registrable domains go (SD207, SD211).
 */
final class ProviderRules implements Rules.OnArticle {
  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.DOMAIN, Rule.PROVIDER_DOMAIN);
  }

  @Override
  public void check(Article a, Reporter out) {
    if (a.provider() == null) {
      return;
    }
    String domainPath = FieldPath.child(a.field(PROVIDER_KEY), DOMAIN);
    String domain = a.provider().domain();
    if (domain == null || domain.isBlank()) {
      return;
    }
    Hosts.Name name = Hosts.of(domain);
    if (name.problem() != null) {
      out.report(
          Rule.DOMAIN,
          domainPath,
          "'" + domainPath + "' " + name.problem() + ": " + Reporter.quoted(domain),
          name.fix());
      return;
    }
    if (RegistrableDomains.isPublicSuffix(name.ascii())) {
      out.report(
          Rule.DOMAIN,
          domainPath,
          "'"
              + domainPath
              + "' is a public suffix, under which anyone can register"
              + " a domain, not a provider's own domain: "
              + Reporter.quoted(domain),
          null);
      return;
    }
    WebUrl web = Article.valid(a.web());
    if (web != null) {
      String site = RegistrableDomains.of(web.asciiHost());
      String provider = RegistrableDomains.of(name.ascii());
      if (!site.equals(provider)) {
        out.report(
            Rule.PROVIDER_DOMAIN,
            domainPath,
            "'"
                + a.field(WEB_URL)
                + "' is on "
                + Reporter.quoted(web.host())
                + ", whose registrable domain "
                + Reporter.quoted(site)
                + " is not the provider's, "
                + Reporter.quoted(provider),
            null);
      }
    }
  }
}
