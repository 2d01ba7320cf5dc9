package org.seeddoc.validation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.SeedSchema;

/**
 * The registry of the validator's rules beyond field constraints: one family of rules per class,
 * each naming the {@link Rule}s it reports. Adding a rule is its constant in {@code Rule}, a family
 * (or a check in one), its section in {@code docs/rules.md}, and, for a new family, one line here.
 */
public final class Rules {
  /** A family of rules, and every rule its findings can carry. */
  interface Family {
    Set<Rule> reports();

    /** A family known by what it reports, such as one checked outside this registry. */
    static Family of(Rule first, Rule... rest) {
      Set<Rule> rules = Set.copyOf(EnumSet.of(first, rest));
      return () -> rules;
    }
  }

  /** A family checked once per document. */
  interface OnDocument extends Family {
    void check(SeedDocument document, Reporter out);
  }

  /** A family checked on the document and on each related article, the fields they share. */
  interface OnArticle extends Family {
    void check(Article article, Reporter out);
  }

  private static final TokenRules TOKENS = new TokenRules();

  /** Checked on the document, then on each related article, in this order. */
  private static final List<OnArticle> ON_ARTICLES =
      List.of(
          new TextRules(),
          new UrlRules(),
          new AmpCacheRules(),
          TOKENS,
          new ProviderRules(),
          new TopicRules());

  private static final SecuredRules SECURED = new SecuredRules();
  private static final RelatedRules RELATED = new RelatedRules();

  /** Every family, the field constraints and suppressions included, for {@link #reported()}. */
  private static final List<Family> ALL =
      Stream.concat(
              ON_ARTICLES.stream(),
              Stream.of(SECURED, RELATED, FieldConstraints.FAMILY, Suppressions.FAMILY))
          .toList();

  private Rules() {}

  /**
   * Every rule the validator's checks report: these families, the field constraints and the
   * suppressions.
   *
   * @return the rules
   */
  public static Set<Rule> reported() {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    ALL.forEach(family -> rules.addAll(family.reports()));
    return rules;
  }

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
    TOKENS.check(document, out);
    article(Article.of(document), out);
    SECURED.check(document, out);
    List<RelatedArticle> related = document.related() == null ? List.of() : document.related();
    for (int i = 0; i < related.size(); i++) {
      Article article = Article.of(FieldPath.item(SeedSchema.RELATED_KEY, i), related.get(i));
      article(article, out);
      RELATED.check(document, article, out);
    }
  }

  private static void article(Article article, Reporter out) {
    for (OnArticle family : ON_ARTICLES) {
      family.check(article, out);
    }
  }
}
