package org.seeddoc.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedWriter;

/**
 * QuickTheories generators of valid seed documents and of their parts, for property-based tests.
 *
 * <p>The documents exercise what a reader and writer must get right: every field, optional fields
 * present, absent and empty, 0 to 3 topics, images and related articles, text in many scripts with
 * emoji, quotes, backslashes and control characters that need escapes, tokens that need quoting
 * ({@code yes}, {@code 2024}, {@code a: b}), bodies with {@code ---} lines, valid {@code secured}
 * values and correct AMP Cache URLs. Every generated document validates without errors. Shrinking
 * is QuickTheories' own, and a failing document is described by its canonical text.
 *
 * <p>Every generator is immutable and thread-safe.
 *
 * <pre>{@code
 * qt().forAll(ValidDocuments.documents())
 *     .check(d -> SeedReader.create().read(SeedWriter.create().write(d), "t").equals(d));
 * }</pre>
 */
public final class ValidDocuments {
  private static final List<String> TEXT_PIECES =
      List.of(
          "Café",
          "São Paulo",
          "Straße",
          "¿Qué?",
          "naïve",
          "日本語のニュース",
          "中文新闻",
          "한국어",
          "😀",
          "👩\u200D💻",
          "עברית",
          "العربية",
          "Ελληνικά",
          "“curly” ‘quotes’",
          "say \"hi\"",
          "back\\slash",
          "tab\there",
          "two\nlines",
          "cr\rhere",
          "ctl\u0001x",
          "del\u007Fx",
          "nel\u0085x",
          "ls\u2028ps\u2029x",
          "bom\uFEFFx",
          "#hash",
          "a: b",
          "- dash",
          "[brackets]",
          "{braces}",
          "&amp",
          "*star",
          "!bang",
          "%pct",
          "@at",
          "`tick`",
          "'single'",
          "null",
          "~",
          "yes",
          "2024",
          "---",
          "...",
          "|pipe",
          ">fold",
          "x #y",
          "trailing:");
  private static final List<String> WORDS =
      List.of(
          "AI",
          "cancer",
          "research",
          "data",
          "model",
          "patients",
          "study",
          "new",
          "team",
          "predict",
          "risk",
          "fracture",
          "hospital",
          "scientists",
          "the",
          "of",
          "and",
          "for",
          "with",
          "from");
  private static final List<String> TOKENS =
      List.of(
          "news",
          "article",
          "AI",
          "ML",
          "Health",
          "yes",
          "No",
          "on",
          "null",
          "~",
          "2024",
          "1e3",
          "0x1F",
          "12:30",
          "a: b",
          "EurekAlert!",
          "News Medical",
          "Benzinga.com",
          "日本",
          "Ünïcödé",
          "C++",
          "3D",
          "-lead",
          "#tag",
          "trailing:",
          "x #y",
          "\"quoted\"",
          "back\\slash");
  private static final List<String> TLDS = List.of("org", "com", "net", "de", "io", "co.uk");
  private static final List<String> BODIES =
      List.of(
          "",
          "\n",
          "\n\n",
          "# Heading\n\nSome *markdown* text.\n",
          "\n---\nA body with its own --- lines.\n---\n",
          "\r\nCRLF body\r\n",
          "no newline at the end",
          "Ünïcödé body 😀\n");
  private static final int MAX_ITEMS = 3;

  private ValidDocuments() {}

  /**
   * Valid documents, of every shape.
   *
   * @return the generator
   */
  public static Gen<SeedDocument> documents() {
    Gen<SeedDocument> documents =
        in -> {
          String domain = domains().generate(in);
          String host = hostUnder(domain).generate(in);
          String webUrl = "https://" + host + path().generate(in);
          boolean amp = Generate.booleans().generate(in);
          String ampWebUrl = amp ? "https://" + host + "/amp" + path().generate(in) : null;
          return SeedDocument.builder()
              .category(tokens().generate(in))
              .title(titles().generate(in))
              .excerpt(excerpts().generate(in))
              .publishedDateTime(instants().generate(in))
              .originalUrl("https://" + host + path().generate(in))
              .webUrl(webUrl)
              .ampWebUrl(ampWebUrl)
              .cdnAmpWebUrl(amp && Generate.booleans().generate(in) ? ampCacheUrl(ampWebUrl) : null)
              .type(tokens().generate(in))
              .quality(integers().between(0, 100).generate(in))
              .heat(integers().between(-1, 100).generate(in))
              .published(Generate.booleans().generate(in))
              .provider(new Provider(tokens().generate(in), domain, null))
              .topics(optionalList(tokens()).generate(in))
              .images(optionalList(images()).generate(in))
              .related(optionalList(relatedArticles(webUrl)).generate(in))
              .secured(secureds().generate(in))
              .body(Generate.pick(BODIES).generate(in))
              .build();
        };
    return documents.describedAs(d -> SeedWriter.create().write(d));
  }

  /**
   * Text for titles: never blank, no leading or trailing white space, mixing scripts, emoji,
   * quotes, backslashes and characters that need escapes.
   *
   * @return the generator
   */
  public static Gen<String> titles() {
    return texts(1, 4).map(String::strip).map(t -> t.isEmpty() ? "Title" : t);
  }

  /**
   * Text for excerpts: possibly empty.
   *
   * @return the generator
   */
  public static Gen<String> excerpts() {
    return texts(0, 8);
  }

  private static Gen<String> texts(int minPieces, int maxPieces) {
    Gen<String> piece = Generate.pick(TEXT_PIECES).mix(Generate.pick(WORDS), 50);
    return in -> {
      int count = integers().between(minPieces, maxPieces).generate(in);
      List<String> pieces = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        pieces.add(piece.generate(in));
      }
      return String.join(" ", pieces);
    };
  }

  /**
   * Tokens (category, type, topics, provider names), including ones that must be quoted.
   *
   * @return the generator
   */
  public static Gen<String> tokens() {
    return Generate.pick(TOKENS);
  }

  /**
   * Valid DNS domains of two or three labels, such as {@code ab-c.example.org}.
   *
   * @return the generator
   */
  public static Gen<String> domains() {
    return in -> label().generate(in) + "." + Generate.pick(TLDS).generate(in);
  }

  private static Gen<String> hostUnder(String domain) {
    return Generate.pick(List.of("", "www.", "news.", "a-b.")).map(prefix -> prefix + domain);
  }

  private static Gen<String> label() {
    Gen<String> letters = Generate.pick(List.of("a", "b", "c", "x", "y", "z", "0", "1", "9"));
    return in -> {
      int length = integers().between(1, 10).generate(in);
      StringBuilder label = new StringBuilder();
      for (int i = 0; i < length; i++) {
        boolean inner = i > 0 && i < length - 1 && label.charAt(i - 1) != '-';
        label.append(
            inner && Generate.booleans().generate(in) && integers().between(0, 3).generate(in) == 0
                ? "-"
                : letters.generate(in));
      }
      return "e" + label;
    };
  }

  private static Gen<String> path() {
    return Generate.pick(
        List.of("", "/", "/a", "/news/2022/05/ai", "/straße?x=1&y=2", "/a-b_c.html#top", "/%20x"));
  }

  /**
   * UTC instants in whole seconds, from 1970 to 2100.
   *
   * @return the generator
   */
  public static Gen<Instant> instants() {
    return longs().between(0, 4_102_444_800L).map(seconds -> Instant.ofEpochSecond(seconds));
  }

  /**
   * Valid {@code secured} values: a payload of 16 to 128 bytes in blocks of 16 and a 16-byte nonce.
   *
   * @return the generator
   */
  public static Gen<Secured> secureds() {
    return in -> {
      byte[] payload = bytes(16 * integers().between(1, 8).generate(in)).generate(in);
      byte[] nonce = bytes(16).generate(in);
      Base64.Encoder base64 = Base64.getEncoder();
      return new Secured(base64.encodeToString(payload), base64.encodeToString(nonce));
    };
  }

  private static Gen<byte[]> bytes(int length) {
    return in -> {
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) (int) integers().between(0, 255).generate(in);
      }
      return bytes;
    };
  }

  /**
   * Valid images.
   *
   * @return the generator
   */
  public static Gen<Image> images() {
    return in ->
        Image.of(
            "https://" + domains().generate(in) + path().generate(in),
            integers().between(1, 100_000).generate(in),
            integers().between(1, 100_000).generate(in),
            Generate.booleans().generate(in));
  }

  private static Gen<RelatedArticle> relatedArticles(String documentWebUrl) {
    return in -> {
      String domain = domains().generate(in);
      String host = hostUnder(domain).generate(in);
      String webUrl = "https://" + host + "/related" + path().generate(in);
      boolean amp = Generate.booleans().generate(in);
      String ampWebUrl = amp ? "https://" + host + "/amp/related" + path().generate(in) : null;
      boolean full = Generate.booleans().generate(in);
      return RelatedArticle.builder()
          .title(titles().generate(in))
          .excerpt(excerpts().generate(in))
          .publishedDateTime(instants().generate(in))
          .originalUrl(full ? webUrl : null)
          .webUrl(webUrl.equals(documentWebUrl) ? webUrl + "/other" : webUrl)
          .ampWebUrl(ampWebUrl)
          .cdnAmpWebUrl(amp ? ampCacheUrl(ampWebUrl) : null)
          .type(tokens().generate(in))
          .provider(new Provider(tokens().generate(in), domain, null))
          .quality(integers().between(0, 100).generate(in))
          .heat(full ? integers().between(-1, 100).generate(in) : null)
          .published(full ? Generate.booleans().generate(in) : null)
          .topics(full ? optionalList(tokens()).generate(in) : null)
          .images(optionalList(images()).generate(in))
          .build();
    };
  }

  /** Absent, empty, or one to three items. */
  private static <T> Gen<List<T>> optionalList(Gen<T> item) {
    return in -> {
      int size = integers().between(-1, MAX_ITEMS).generate(in);
      if (size < 0) {
        return null;
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(item.generate(in));
      }
      return items;
    };
  }

  /**
   * The Google AMP Cache URL of an https AMP page on a short lower-case ASCII host without {@code
   * xn--} labels, whose path is no image or font and does not end in {@code /} before a query or
   * fragment: written here independently of the validator's implementation, so that each checks the
   * other. The cache URL keeps the page's query and fragment.
   */
  static String ampCacheUrl(String ampWebUrl) {
    String rest = ampWebUrl.substring("https://".length());
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    String subdomain = host.replace("-", "--").replace(".", "-");
    if (subdomain.length() >= 4 && subdomain.startsWith("--", 2)) {
      subdomain = "0-" + subdomain + "-0";
    }
    return "https://" + subdomain + ".cdn.ampproject.org/c/s/" + rest;
  }
}
