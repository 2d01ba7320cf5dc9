package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seeddoc.Finding;
import org.seeddoc.Provider;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;

/**
 * Each rule: a passing case and a failing case with the right rule, field path, line and column.
 */
class ValidatorRulesTest {
  private static final SeedValidator VALIDATOR = SeedValidator.create();
  private static final SeedReader READER = SeedReader.create();
  private static final String SEED = seed("004_04cd3372321c0f9e.txt");

  static String seed(String name) {
    try {
      return Files.readString(
          Path.of(System.getProperty("seeddoc.seeds"), name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Finding> findings(String text) {
    return VALIDATOR.validate(READER.parse(text, "t.txt"));
  }

  /** The text with one replacement, which must apply. */
  private static String change(String from, String to) {
    assertTrue(SEED.contains(from), from);
    return SEED.replace(from, to);
  }

  /** Asserts the text has exactly one finding, and returns it as "rule field line:column". */
  private static String only(String text) {
    List<Finding> findings = findings(text);
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    return f.rule().id() + " " + f.field() + " " + f.line() + ":" + f.column();
  }

  private static Finding single(String text) {
    List<Finding> findings = findings(text);
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
  }

  @Test
  void theRealSeedsPassWithOnlyTheMojibakeWarning() {
    assertEquals(List.of(), findings(SEED));
    List<Finding> first = findings(seed("000_d1aaf954cc0ce8f5.txt"));
    assertEquals(1, first.size(), first.toString());
    assertEquals(
        "SD214 excerpt 4:1",
        first.get(0).rule().id()
            + " "
            + first.get(0).field()
            + " "
            + first.get(0).line()
            + ":"
            + first.get(0).column());
    assertTrue(first.get(0).fix().contains("a patient’s vertebra"), first.get(0).fix());
  }

  @Test
  void missingKeysAreReportedOnceAtTheMapping() {
    assertEquals("SD101 type 2:1", only(change("type: article\nquality: 37", "quality: 37")));
    assertEquals(
        "SD101 related[0].provider 27:5",
        only(change("    provider:\n      name: Benzinga.com\n      domain: benzinga.com\n", "")));
  }

  @Test
  void aWrongTypeIsReportedOnceNotAlsoAsMissing() {
    assertEquals("SD102 quality 9:1", only(change("quality: 37", "quality: \"high\"")));
  }

  @Test
  void missingFieldsOfADocumentBuiltInCodeHaveNoPosition() {
    SeedDocument empty = SeedDocument.builder().provider(Provider.of("X", null)).build();
    List<Finding> findings = VALIDATOR.validate(empty, "built");
    assertTrue(
        findings.stream().allMatch(f -> f.line() == 0 && f.column() == 0), findings.toString());
    assertEquals(
        List.of(
            "category",
            "excerpt",
            "heat",
            "originalUrl",
            "provider.domain",
            "published",
            "publishedDateTime",
            "quality",
            "secured",
            "title",
            "type",
            "webUrl"),
        findings.stream()
            .filter(f -> f.rule().id().equals("SD101"))
            .map(Finding::field)
            .sorted()
            .toList());
  }

  @Test
  void blankText() {
    assertEquals(
        "SD201 title 3:1",
        only(
            change(
                "title: \"Using AI to detect cancer from patient data securely\"",
                "title: \"  \"")));
    assertEquals(
        "SD201 related[0].provider.name 35:7", only(change("name: Benzinga.com", "name: \" \"")));
    assertEquals(
        List.of(),
        findings(
                change("excerpt: \"A new way", "excerpt: \"\"\nx: \"A new way")
                    .replace("\nx: \"A new way", "\nzz: \"A new way"))
            .stream()
            .filter(f -> f.rule().id().equals("SD201"))
            .toList(),
        "an empty excerpt is allowed");
  }

  @Test
  void titleWhiteSpaceIsAWarningWithTheTrimmedTitleAsFix() {
    Finding f = single(change("title: \"Using AI", "title: \" Using AI"));
    assertEquals(
        "SD202 title 3:1 warning",
        f.rule().id()
            + " "
            + f.field()
            + " "
            + f.line()
            + ":"
            + f.column()
            + " "
            + f.severity().label());
    assertEquals("Using AI to detect cancer from patient data securely", f.fix());
  }

  @Test
  void numberRanges() {
    assertEquals("SD203 quality 9:1", only(change("quality: 37", "quality: 101")));
    assertEquals("SD203 heat 10:1", only(change("heat: 37", "heat: -2")));
    assertEquals("SD203 images[0].width 22:5", only(change("width: 466", "width: 0")));
    assertEquals(
        "SD203 related[0].images[0].height 41:9", only(change("height: 1043", "height: 100001")));
    assertEquals(List.of(), findings(change("quality: 37\nheat: 37", "quality: 100\nheat: -1")));
    assertEquals(List.of(), findings(change("quality: 37", "quality: 0")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://www.eurekalert.org/news-releases/950689",
        "HTTPS://www.eurekalert.org/news-releases/950689",
        "https://user@www.eurekalert.org/news-releases/950689",
        "https://localhost/news-releases/950689",
        "https://www.eurekalert.org:0/x",
        "https://www.eurekalert.org:65536/x",
        "https://www.eurekalert.org:/x",
        "https://www.eureka lert.org/x",
        "https://www.eurekalert.org/a\\tb",
        "www.eurekalert.org/news-releases/950689",
        "/news-releases/950689",
        "https:///x",
        "https://-bad-.org/x",
        "https://999.1.1.1/x",
        "https://[::g]/x",
        "https://exa_mple.org/x",
      })
  void invalidUrls(String url) {
    assertEquals(
        "SD204 originalUrl 6:1",
        only(
            change(
                "originalUrl: \"https://www.eurekalert.org/news-releases/950689\"",
                "originalUrl: \"" + url + "\"")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.eurekalert.org/news-releases/950689?x=1#top",
        "https://www.eurekalert.org:8443/x",
        "https://192.168.0.1/x",
        "https://[2001:db8::1]/x",
        "https://münchen.de/straße",
        "https://xn--mnchen-3ya.de/x",
        "https://www.eurekalert.org",
      })
  void validUrls(String url) {
    assertEquals(
        List.of(),
        findings(
            change(
                "originalUrl: \"https://www.eurekalert.org/news-releases/950689\"",
                "originalUrl: \"" + url + "\"")));
  }

  @Test
  void httpIsAWarningWithTheHttpsUrlAsFix() {
    Finding f = single(change("originalUrl: \"https://", "originalUrl: \"http://"));
    assertEquals(
        "SD205 originalUrl 6:1 warning",
        f.rule().id()
            + " "
            + f.field()
            + " "
            + f.line()
            + ":"
            + f.column()
            + " "
            + f.severity().label());
    assertEquals("https://www.eurekalert.org/news-releases/950689", f.fix());
  }

  @Test
  void tokensAreSingleLine() {
    assertEquals("SD206 topics[0] 18:5", only(change("  - AI\n", "  - \"A\\tI\"\n")));
    assertEquals("SD206 category 2:1", only(change("category: news", "category: \"ne\\nws\"")));
  }

  @Test
  void providerDomainsAreDnsNames() {
    assertEquals(
        "SD207 provider.domain 15:3", only(change("domain: eurekalert.org", "domain: eurekalert")));
    assertEquals(
        "SD207 related[0].provider.domain 36:7",
        only(change("domain: benzinga.com", "domain: \"benzinga..com\"")));
  }

  @Test
  void securedMustBeAPayloadAndANonce() {
    String payload =
        "+7o7GVti4W6lxEDH7EPqvvs0cvRkFwJlfdDcaTbf7QF4omH0t+q7jT0xJe3bRVz9iNDHvK2hnCzI8HX0p+mtA+2AS4kO5Ap/HM9DUxJ5CuISDdPp5X5YDwkdwmD0fdwfN1mV1e0CaXyCDCCFec+g0HJCGB+qWaQGofTbfGbBNfD7H2tpFufDRj2dSp7LHxIcyRWDrXdeJZrg4bXCOwkd7V8C/VmaKNZ0HFr8vpcwBpKvJ/J7OPAOAVOOMn1hQOM0sCl+1U+4JzCs3JLiQRzmW3Rh2KfG2qIJZPna4rdGT1p5p0wLM8J6Bt34cAjxiB6WulCDPZ09IvCK3RzWBTWfHO91gVgVabqbl6wKl8oJWD0=";
    String nonce = "cIQ8QGpHYnZ8iYQ6akvPvA==";
    String original = "secured: \"" + payload + ";" + nonce + "\"";
    for (String bad :
        List.of(
            payload + nonce, // no ';'
            payload + ";" + nonce + ";x", // two
            payload + ";" + "cIQ8QGpHYnZ8iYQ6akvP", // 15-byte nonce
            payload + ";" + "cIQ8QGpHYnZ8iYQ6akvPvB==", // non-zero pad bits under '=='
            payload.replace("WD0=", "WD1=") + ";" + nonce, // non-zero pad bits under '='
            payload.substring(4) + ";" + nonce, // not a multiple of 16 bytes
            ";" + nonce, // empty payload
            payload.substring(0, 40) + " " + payload.substring(40) + ";" + nonce, // white space
            payload.replace('+', '-') + ";" + nonce)) { // URL-safe alphabet
      Finding f = single(change(original, "secured: \"" + bad + "\""));
      assertEquals(
          "SD208 secured 44:1",
          f.rule().id() + " " + f.field() + " " + f.line() + ":" + f.column(),
          bad);
      if (bad.length() > 16) {
        assertFalse(
            f.message().contains(bad.substring(0, 17)),
            "never more than 16 characters of the value: " + f.message());
      }
    }
  }

  @Test
  void cdnAmpWebUrlNeedsAmpWebUrlAndMustBeItsCacheUrl() {
    assertEquals(
        "SD209 related[0].cdnAmpWebUrl 31:5",
        only(change("    ampWebUrl: \"https://www.benzinga.com/amp/content/26779769\"\n", "")));
    Finding mismatch =
        single(
            change(
                "cdnAmpWebUrl: \"https://www-benzinga-com.cdn.ampproject.org/c/s/",
                "cdnAmpWebUrl: \"https://www-benzinga-com.cdn.ampproject.org/c/"));
    assertEquals(
        "SD210 related[0].cdnAmpWebUrl 32:5",
        mismatch.rule().id()
            + " "
            + mismatch.field()
            + " "
            + mismatch.line()
            + ":"
            + mismatch.column());
    assertEquals(
        "https://www-benzinga-com.cdn.ampproject.org/c/s/www.benzinga.com/amp/content/26779769",
        mismatch.fix());
  }

  @Test
  void webUrlMustBeOnTheProvidersDomain() {
    assertEquals(
        "SD211 provider.domain 15:3",
        only(change("domain: eurekalert.org", "domain: example.org")));
    assertEquals(
        "SD211 related[0].provider.domain 36:7",
        only(change("domain: benzinga.com", "domain: benzinga.org")));
    assertEquals(
        List.of(),
        findings(change("domain: eurekalert.org", "domain: EurekAlert.org")),
        "case does not matter");
  }

  @Test
  void aRelatedArticleIsNotTheDocumentItself() {
    List<Finding> findings =
        findings(
            change(
                "webUrl: \"https://www.benzinga.com/pressreleases/22/04/a26779769/fujitsu-and-southern-tohoku-general-hospital-start-joint-research-on-ai-technology-for-detecting-p\"",
                "webUrl: \"https://www.eurekalert.org/news-releases/950689\""));
    // The related article's provider is still Benzinga, so its domain no longer matches either.
    assertEquals(
        List.of("SD212 related[0].webUrl 30:5", "SD211 related[0].provider.domain 36:7"),
        findings.stream()
            .map(f -> f.rule().id() + " " + f.field() + " " + f.line() + ":" + f.column())
            .toList());
  }

  @Test
  void aTopicListedTwiceIsAWarningAtTheSecond() {
    assertEquals("SD213 topics[1] 19:5", only(change("  - AI\n", "  - AI\n  - AI\n")));
    assertEquals(List.of(), findings(change("  - AI\n", "  - AI\n  - ML\n")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Café",
        "São Paulo",
        "Straße",
        "¿Qué?",
        "© — “”",
        "naïve résumé",
        "Ελληνικά",
        "日本語",
        "😀 emoji",
        "Â"
      })
  void correctTextIsNotMojibake(String text) {
    assertEquals(
        List.of(), findings(change("title: \"Using AI", "title: \"" + text + " Using AI")));
  }

  @Test
  void mojibakeIsAWarningWithTheRepairedTextAsFix() {
    Finding f = single(change("title: \"Using AI", "title: \"A patientâ€™s café: Ã©tude Using AI"));
    assertEquals(
        "SD214 title 3:1 warning",
        f.rule().id()
            + " "
            + f.field()
            + " "
            + f.line()
            + ":"
            + f.column()
            + " "
            + f.severity().label());
    assertEquals(
        "A patient’s café: étude Using AI to detect cancer from patient data securely", f.fix());
  }

  /**
   * Mojibake of letters and symbols whose UTF-8 lead bytes span the ranges 0xC2-0xDF, 0xE0-0xEF and
   * 0xF0-0xF4, near both ends, as Windows-1252 reads those bytes (none of them is one it leaves
   * out). Lead 0xF4 starts only private-use and unassigned code points, which no repair gives.
   */
  @ParameterizedTest
  @ValueSource(ints = {0xA9, 0xC2, 0x7E5, 0x800, 0xFFFD, 0x13000, 0x1F600})
  void mojibakeOfEachLeadByteIsRepaired(int codePoint) {
    String original = Character.toString(codePoint);
    String mojibake =
        new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertFalse(mojibake.contains("\uFFFD"), mojibake);
    Finding f = single(change("title: \"Using AI", "title: \"" + mojibake + " Using AI"));
    assertEquals("SD214 title", f.rule().id() + " " + f.field());
    assertTrue(f.fix().startsWith(original + " Using AI"), f.fix());
  }

  @Test
  void findingsOfADocumentAreSortedByPosition() {
    String text =
        change("quality: 37", "quality: 101").replace("category: news", "category: \"ne\\nws\"");
    List<Finding> findings = findings(text);
    assertEquals(
        List.of("SD206 2:1", "SD203 9:1"),
        findings.stream().map(f -> f.rule().id() + " " + f.line() + ":" + f.column()).toList());
  }

  @Test
  void publishedDateTimeMustBeARealInstant() {
    assertEquals(
        "SD104 publishedDateTime 5:1",
        only(change("2022-04-25T15:22:00Z", "2022-02-30T15:22:00Z")));
    assertEquals(
        "SD104 publishedDateTime 5:1",
        only(change("2022-04-25T15:22:00Z", "2022-04-25T15:22:00+00:00")));
    SeedDocument built =
        READER.read(SEED, "s").toBuilder()
            .publishedDateTime(Instant.parse("2000-01-01T00:00:00Z"))
            .build();
    assertEquals(List.of(), VALIDATOR.validate(built, "built"));
  }
}
