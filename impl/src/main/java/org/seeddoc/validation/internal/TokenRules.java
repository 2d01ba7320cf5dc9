package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.CATEGORY;
import static org.seeddoc.spi.SeedSchema.NAME;
import static org.seeddoc.spi.SeedSchema.PROVIDER_KEY;
import static org.seeddoc.spi.SeedSchema.TYPE;

import java.util.Set;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldPath;

/**
 * Tokens are one line with no control characters: the category, each article's type and provider
 * name (SD206).
 */
final class TokenRules implements Rules.OnDocument, Rules.OnArticle {
  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.TOKEN);
  }

  @Override
  public void check(SeedDocument document, Reporter out) {
    token(out, CATEGORY, document.category());
  }

  @Override
  public void check(Article a, Reporter out) {
    token(out, a.field(TYPE), a.type());
    if (a.provider() != null) {
      token(out, FieldPath.child(a.field(PROVIDER_KEY), NAME), a.provider().name());
    }
  }

  static void token(Reporter out, String path, String value) {
    if (value != null && hasLineBreakOrControl(value)) {
      out.report(
          Rule.TOKEN,
          path,
          "'" + path + "' must be one line with no control characters: " + Reporter.quoted(value),
          null);
    }
  }

  /** Checked by char: no supplementary code point is a control or a line separator. */
  static boolean hasLineBreakOrControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
