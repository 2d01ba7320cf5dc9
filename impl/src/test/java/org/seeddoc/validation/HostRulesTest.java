package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;

/**
 * Hosts in every rule that reads one (SD204, SD207, SD210, SD211) are checked and compared in UTS
 * #46's normal form: IDNA2008 as browsers apply it, not IDNA2003, with look-alike hosts refused and
 * their normal form offered as the fix.
 */
class HostRulesTest {
  private static final SeedValidator VALIDATOR = SeedValidator.create();
  private static final SeedReader READER = SeedReader.create();
  private static final String SEED = ValidatorRulesTest.seed("004_04cd3372321c0f9e.txt");
  private static final String ORIGINAL_URL =
      "originalUrl: \"https://www.eurekalert.org/news-releases/950689\"";
  private static final String WEB_URL =
      "webUrl: \"https://www.eurekalert.org/news-releases/950689\"";
  private static final String DOMAIN = "domain: eurekalert.org";

  private static List<Finding> findings(String from, String to) {
    assertTrue(SEED.contains(from), from);
    return VALIDATOR.validate(READER.parse(SEED.replace(from, to), "t.txt"));
  }

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://straße.de/x",
        "https://xn--strae-oqa.de/x",
        "https://λέξις.gr/x",
        "https://xn--bcher-kva.de/x",
        "https://bücher.de/x",
        "https://WWW.EUREKALERT.ORG/x",
        "https://r3---sn-5hne6nsr.googlevideo.com/x",
        "https://пример.рф/x",
        "https://أخبار.مصر/x",
      })
  void validInternationalHostsPass(String url) {
    assertEquals(List.of(), findings(ORIGINAL_URL, "originalUrl: \"" + url + "\""));
  }

  /** Each look-alike host is an SD204 error whose fix is the host as it looks. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://eureka\u200Blert.org/x|holds the invisible character U+200B|https://eurekalert.org/x",
        "https://eureka\u200Dlert.org/x|holds the invisible character U+200D|https://eurekalert.org/x",
        "https://eureka\uFEFFlert.org/x|holds the invisible character U+FEFF|https://eurekalert.org/x",
        "https://eureka\u00ADlert.org/x|holds the invisible character U+00AD|https://eurekalert.org/x",
        "https://eureka\u202Elert.org/x|holds the character U+202E, which no host name may hold|https://eurekalert.org/x",
        "https://ﬁnance.org/x|is not in its normal form, which is \"finance.org\"|https://finance.org/x",
        "https://BÜCHER.de/x|is not in its normal form, which is \"bücher.de\"|https://bücher.de/x",
        "https://example\uFF0Eorg/x|is not in its normal form, which is \"example.org\"|https://example.org/x",
      })
  void lookAlikeHostsAreErrorsWithTheirNormalFormAsFix(String url, String problem, String fix) {
    Finding f = only(findings(ORIGINAL_URL, "originalUrl: \"" + url + "\""));
    assertEquals(Rule.URL, f.rule());
    assertTrue(
        f.message().startsWith("'originalUrl' has a host that " + problem + ": "), f.message());
    assertEquals(fix, f.fix());
  }

  @Test
  void aBidiControlInThePathIsAnErrorToo() {
    Finding f =
        only(
            findings(
                ORIGINAL_URL, "originalUrl: \"https://www.eurekalert.org/news\u202Egnp.exe\""));
    assertEquals(
        "SD204 'originalUrl' must not contain the invisible character U+202E",
        f.rule().id() + " " + f.message().substring(0, f.message().indexOf(':')));
    assertEquals("https://www.eurekalert.org/newsgnp.exe", f.fix());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://xn--zz.de/x|has a host that has an 'xn--' label that is not valid Punycode of a valid label",
        "https://010.0.0.01/x|has an IPv4 address with a leading zero, which browsers read as octal",
        "https://9to5.أخبار.مصر/x|has a host that mixes right-to-left and left-to-right text against IDNA2008's bidi rule",
      })
  void invalidHostsAreErrors(String url, String problem) {
    Finding f = only(findings(ORIGINAL_URL, "originalUrl: \"" + url + "\""));
    assertEquals(Rule.URL, f.rule());
    assertTrue(f.message().startsWith("'originalUrl' " + problem + ": "), f.message());
  }

  /** The provider block of the seed, with another webUrl before it and another domain in it. */
  private static List<Finding> onDomain(String webUrl, String domain) {
    String tail =
        "\ntype: article\nquality: 37\nheat: 37\npublished: false\n\nprovider:\n  name: EurekAlert!\n  domain: ";
    return findings(
        WEB_URL + tail + "eurekalert.org", "webUrl: \"" + webUrl + "\"" + tail + domain);
  }

  private static List<Finding> providerDomainFindings(String webUrl, String domain) {
    return onDomain(webUrl, domain).stream().filter(f -> f.rule() == Rule.PROVIDER_DOMAIN).toList();
  }

  @Test
  void sharpSAndFinalSigmaAreKeptAsIdna2008KeepsThem() {
    // IDNA2003 maps straße to strasse, and so would put this page on the provider's domain.
    assertEquals(1, providerDomainFindings("https://straße.de/x", "strasse.de").size());
    assertEquals(List.of(), providerDomainFindings("https://straße.de/x", "xn--strae-oqa.de"));
    assertEquals(
        List.of(),
        providerDomainFindings("https://news.λέξις.gr/x", "xn--ixayenv.gr"),
        "ς is its own letter");
    assertEquals(
        1, providerDomainFindings("https://news.λέξις.gr/x", "λέξισ.gr").size(), "ς is not σ");
  }

  @Test
  void aHostAndAProviderDomainInDifferentFormsAreTheSameName() {
    assertEquals(List.of(), onDomain("https://www.bücher.de/x", "xn--bcher-kva.de"));
    assertEquals(List.of(), onDomain("https://www.xn--bcher-kva.de/x", "bücher.de"));
  }

  @Test
  void registrableDomainsAreCompared() {
    assertEquals(
        List.of(),
        onDomain("https://www.bbc.co.uk/news", "news.bbc.co.uk"),
        "www.bbc.co.uk and news.bbc.co.uk are both bbc.co.uk");
    Finding other = only(findings(DOMAIN, "domain: bbc.co.uk"));
    assertEquals(
        "SD211 'webUrl' is on \"www.eurekalert.org\", whose registrable domain \"eurekalert.org\" is not the"
            + " provider's, \"bbc.co.uk\"",
        other.rule().id() + " " + other.message());
  }

  @Test
  void underATopLevelDomainTheListDoesNotNameTheDefaultRuleHolds() {
    // The list's rule '*': an unlisted top-level domain is a public suffix, as a new one is until
    // Guava's copy of the list names it.
    assertEquals(List.of(), onDomain("https://www.news.example/x", "news.example"));
    assertEquals(1, providerDomainFindings("https://www.news.example/x", "other.example").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"co.uk", "github.io", "com.br", "blogspot.com", "個人.香港"})
  void aPublicSuffixIsNoProviderDomain(String suffix) {
    Finding f = only(findings(DOMAIN, "domain: " + suffix));
    assertEquals(Rule.DOMAIN, f.rule());
    assertTrue(f.message().contains("is a public suffix"), f.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"com", "рф"})
  void aTopLevelDomainAloneIsNoProviderDomainEither(String tld) {
    assertEquals(Rule.DOMAIN, only(findings(DOMAIN, "domain: " + tld)).rule());
  }

  @Test
  void theAmpCacheUrlOfAnIdnHostKeepsItsFragmentAndTheIpv6FixIsAValidUrl() {
    String amp =
        "ampWebUrl: \"https://xn--bcher-kva.de/amp/x#section-1\"\ncdnAmpWebUrl: \"https://xn--bcher-de-65a.cdn.ampproject.org/c/s/xn--bcher-kva.de/amp/x#section-1\"\n";
    List<Finding> right = findings(WEB_URL + "\n", WEB_URL + "\n" + amp);
    assertEquals(
        List.of(), right.stream().filter(f -> f.rule() == Rule.AMP_CACHE_MISMATCH).toList());
    Finding ipv6 =
        only(
            findings(
                    WEB_URL + "\n",
                    WEB_URL
                        + "\nampWebUrl: \"https://[2001:db8::1]/amp\"\ncdnAmpWebUrl: \"https://x.cdn.ampproject.org/c/s/x\"\n")
                .stream()
                .filter(f -> f.rule() == Rule.AMP_CACHE_MISMATCH)
                .toList());
    List<Finding> fixed =
        findings(
            WEB_URL + "\n",
            WEB_URL
                + "\nampWebUrl: \"https://[2001:db8::1]/amp\"\ncdnAmpWebUrl: \""
                + ipv6.fix()
                + "\"\n");
    assertEquals(
        List.of(),
        fixed.stream()
            .filter(f -> f.rule() == Rule.URL || f.rule() == Rule.AMP_CACHE_MISMATCH)
            .toList(),
        ipv6.fix());
  }
}
