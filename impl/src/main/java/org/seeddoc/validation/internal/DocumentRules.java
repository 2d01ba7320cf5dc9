package org.seeddoc.validation.internal;

import static org.seeddoc.internal.schema.SeedSchema.AMP_WEB_URL;
import static org.seeddoc.internal.schema.SeedSchema.CATEGORY;
import static org.seeddoc.internal.schema.SeedSchema.CDN_AMP_WEB_URL;
import static org.seeddoc.internal.schema.SeedSchema.DOMAIN;
import static org.seeddoc.internal.schema.SeedSchema.EXCERPT;
import static org.seeddoc.internal.schema.SeedSchema.IMAGES;
import static org.seeddoc.internal.schema.SeedSchema.IMAGE_URL;
import static org.seeddoc.internal.schema.SeedSchema.NAME;
import static org.seeddoc.internal.schema.SeedSchema.ORIGINAL_URL;
import static org.seeddoc.internal.schema.SeedSchema.PROVIDER_KEY;
import static org.seeddoc.internal.schema.SeedSchema.RELATED_KEY;
import static org.seeddoc.internal.schema.SeedSchema.SECURED_KEY;
import static org.seeddoc.internal.schema.SeedSchema.TITLE;
import static org.seeddoc.internal.schema.SeedSchema.TOPICS;
import static org.seeddoc.internal.schema.SeedSchema.TYPE;
import static org.seeddoc.internal.schema.SeedSchema.WEB_URL;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seeddoc.Image;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.internal.finding.FindingText;
import org.seeddoc.internal.schema.FieldPath;

/**
 * The rules that are not field constraints: URLs, tokens, domains, the secured value, AMP Cache URLs,
 * mojibake, and the checks across fields. Absent fields are the constraints' business, not theirs.
 */
public final class DocumentRules {
  private static final int SHOWN = 60;
  /** Characters of context shown before the first damaged character of mojibake. */
  private static final int CONTEXT = 12;

  private DocumentRules() {}

  /**
   * Loads what the rules need on every document, the Public Suffix List above all, so that a
   * validator's construction pays for it (on the command line, on another core while files are
   * read) and its first document does not.
   */
  public static void prepare() {
    RegistrableDomains.isPublicSuffix("example.org");
  }

  /**
   * Checks a document and reports what is wrong.
   *
   * @param document the document
   * @param out where findings go
   */
  public static void check(SeedDocument document, Reporter out) {
    token(out, CATEGORY, document.category());
    article(out, Article.of(document));
    if (document.secured() != null) {
      String problem = SecuredCheck.problem(document.secured());
      if (problem != null) {
        out.report(Rule.SECURED, SECURED_KEY, "'" + SECURED_KEY + "' " + problem, null);
      }
    }
    List<RelatedArticle> related = document.related() == null ? List.of() : document.related();
    for (int i = 0; i < related.size(); i++) {
      Article article = Article.of(FieldPath.item(RELATED_KEY, i), related.get(i));
      article(out, article);
      if (article.webUrl() != null && article.webUrl().equals(document.webUrl())) {
        out.report(Rule.RELATED_SELF, article.field(WEB_URL),
            "'" + article.field(WEB_URL) + "' is the document's own " + WEB_URL + "; a related article should be another article", null);
      }
    }
  }

  private static void article(Reporter out, Article a) {
    text(out, a.field(TITLE), a.title());
    if (a.title() != null && !a.title().isBlank() && !a.title().strip().equals(a.title())) {
      out.report(Rule.TITLE_SPACE, a.field(TITLE),
          "'" + a.field(TITLE) + "' has leading or trailing white space", a.title().strip());
    }
    text(out, a.field(EXCERPT), a.excerpt());
    WebUrl original = parse(a.originalUrl());
    checked(out, a.field(ORIGINAL_URL), a.originalUrl(), original);
    // Nearly every document gives its page as both URLs: it is taken apart once.
    WebUrl web = checked(out, a.field(WEB_URL), a.webUrl(),
        a.webUrl() != null && a.webUrl().equals(a.originalUrl()) ? original : parse(a.webUrl()));
    WebUrl amp = url(out, a.field(AMP_WEB_URL), a.ampWebUrl());
    url(out, a.field(CDN_AMP_WEB_URL), a.cdnAmpWebUrl());
    ampCache(out, a, amp);
    token(out, a.field(TYPE), a.type());
    if (a.provider() != null) {
      String name = FieldPath.child(a.field(PROVIDER_KEY), NAME);
      token(out, name, a.provider().name());
      text(out, name, a.provider().name());
      providerDomain(out, a, web);
    }
    topics(out, a);
    List<Image> images = a.images() == null ? List.of() : a.images();
    for (int i = 0; i < images.size(); i++) {
      url(out, FieldPath.child(FieldPath.item(a.field(IMAGES), i), IMAGE_URL), images.get(i).url());
    }
  }

  /** Checks a URL; returns it taken apart when it is valid, else null. */
  private static WebUrl url(Reporter out, String path, String value) {
    return checked(out, path, value, parse(value));
  }

  private static WebUrl parse(String value) {
    return value == null ? null : WebUrl.parse(value);
  }

  /** Reports what is wrong with a URL taken apart; returns it when it is valid, else null. */
  private static WebUrl checked(Reporter out, String path, String value, WebUrl url) {
    if (url == null) {
      return null;
    }
    if (url.problem() != null) {
      out.report(Rule.URL, path, "'" + path + "' " + url.problem() + ": " + quoted(value), url.fix());
      return null;
    }
    if (url.scheme().equals("http")) {
      out.report(Rule.HTTP, path, "'" + path + "' uses http; use https", "https" + value.substring("http".length()));
    }
    return url;
  }

  private static void ampCache(Reporter out, Article a, WebUrl amp) {
    String cdnPath = a.field(CDN_AMP_WEB_URL);
    if (a.cdnAmpWebUrl() == null) {
      return;
    }
    if (a.ampWebUrl() == null) {
      out.report(Rule.AMP_CACHE_WITHOUT_AMP, cdnPath, "'" + cdnPath + "' is given without '" + AMP_WEB_URL + "'", null);
      return;
    }
    if (amp == null) {
      return;
    }
    String expected = AmpCache.url(amp);
    if (!expected.equals(a.cdnAmpWebUrl())) {
      out.report(Rule.AMP_CACHE_MISMATCH, cdnPath,
          "'" + cdnPath + "' is not the AMP Cache URL of '" + AMP_WEB_URL + "', which is " + quoted(expected), expected);
    }
  }

  private static void providerDomain(Reporter out, Article a, WebUrl web) {
    String domainPath = FieldPath.child(a.field(PROVIDER_KEY), DOMAIN);
    String domain = a.provider().domain();
    if (domain == null || domain.isBlank()) {
      return;
    }
    Hosts.Name name = Hosts.of(domain);
    if (name.problem() != null) {
      out.report(Rule.DOMAIN, domainPath, "'" + domainPath + "' " + name.problem() + ": " + quoted(domain), name.fix());
      return;
    }
    if (RegistrableDomains.isPublicSuffix(name.ascii())) {
      out.report(Rule.DOMAIN, domainPath, "'" + domainPath + "' is a public suffix, under which anyone can register"
          + " a domain, not a provider's own domain: " + quoted(domain), null);
      return;
    }
    if (web != null) {
      String site = RegistrableDomains.of(web.asciiHost());
      String provider = RegistrableDomains.of(name.ascii());
      if (!site.equals(provider)) {
        out.report(Rule.PROVIDER_DOMAIN, domainPath, "'" + a.field(WEB_URL) + "' is on " + quoted(web.host())
            + ", whose registrable domain " + quoted(site) + " is not the provider's, " + quoted(provider), null);
      }
    }
  }

  /** Each topic is one pass of cheap tests; its path is made only when it has a finding. */
  private static void topics(Reporter out, Article a) {
    List<String> topics = a.topics() == null ? List.of() : a.topics();
    String list = a.field(TOPICS);
    Set<String> seen = new HashSet<>(topics.size() * 2);
    for (int i = 0; i < topics.size(); i++) {
      String topic = topics.get(i);
      boolean blank = topic.isBlank();
      boolean control = hasLineBreakOrControl(topic);
      boolean duplicate = !seen.add(topic);
      if (blank || control || duplicate) {
        String path = FieldPath.item(list, i);
        if (blank) {
          out.report(Rule.BLANK, path, "'" + path + "' must not be blank", null);
        }
        if (control) {
          token(out, path, topic);
        }
        if (duplicate) {
          out.report(Rule.DUPLICATE_TOPIC, path, "topic " + quoted(topic) + " is listed twice", null);
        }
      }
    }
  }

  private static void token(Reporter out, String path, String value) {
    if (value != null && hasLineBreakOrControl(value)) {
      out.report(Rule.TOKEN, path, "'" + path + "' must be one line with no control characters: " + quoted(value), null);
    }
  }

  /** Checked by char: no supplementary code point is a control or a line separator. */
  private static boolean hasLineBreakOrControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static void text(Reporter out, String path, String value) {
    String repaired = value == null ? null : Mojibake.repair(value);
    if (repaired != null) {
      int from = Math.max(0, firstDifference(value, repaired) - CONTEXT);
      out.report(Rule.MOJIBAKE, path, "'" + path + "' looks like UTF-8 read as Windows-1252: "
          + excerpt(value, from) + " should read " + excerpt(repaired, from), repaired);
    }
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return Character.isLowSurrogate(a.charAt(Math.min(i, a.length() - 1))) && i > 0 ? i - 1 : i;
  }

  /** A few words of a text around a place, quoted, with ellipses where it is cut. */
  private static String excerpt(String text, int from) {
    int end = Math.min(text.length(), from + 2 * CONTEXT + 4);
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    String piece = text.substring(from, end);
    String shown = FindingText.printable(piece, 2 * (2 * CONTEXT + 4));
    boolean cut = end < text.length() || shown.length() < FindingText.printable(piece).length();
    return "\"" + (from > 0 ? "…" : "") + shown + (cut ? "…" : "") + "\"";
  }

  private static String quoted(String value) {
    return FindingText.quoted(value, SHOWN);
  }
}
