package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.EXCERPT;
import static org.seeddoc.spi.SeedSchema.NAME;
import static org.seeddoc.spi.SeedSchema.PROVIDER_KEY;
import static org.seeddoc.spi.SeedSchema.TITLE;

import java.util.Set;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FindingText;

/**
 * An article's text as people read it: titles without stray white space, and no mojibake (SD202,
 * SD214).
 */
final class TextRules implements Rules.OnArticle {
  /** Characters of context shown before the first damaged character of mojibake. */
  private static final int CONTEXT = 12;

  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.MOJIBAKE, Rule.TITLE_SPACE);
  }

  @Override
  public void check(Article a, Reporter out) {
    mojibake(out, a.field(TITLE), a.title());
    if (a.title() != null && !a.title().isBlank() && !a.title().strip().equals(a.title())) {
      out.report(
          Rule.TITLE_SPACE,
          a.field(TITLE),
          "'" + a.field(TITLE) + "' has leading or trailing white space",
          a.title().strip());
    }
    mojibake(out, a.field(EXCERPT), a.excerpt());
    if (a.provider() != null) {
      mojibake(out, FieldPath.child(a.field(PROVIDER_KEY), NAME), a.provider().name());
    }
  }

  private static void mojibake(Reporter out, String path, String value) {
    Mojibake.Found found = value == null ? null : Mojibake.find(value);
    if (found == null) {
      return;
    }
    String repaired = found.fix();
    if (repaired == null) {
      // A fix that would leave mojibake, or guess at text that mixes it with correct letters, is
      // none.
      out.report(
          Rule.MOJIBAKE,
          path,
          "'"
              + path
              + "' looks like UTF-8 read as Windows-1252, in part: "
              + excerpt(value, 0)
              + "; no repair is safe to offer, so correct it by hand",
          null);
      return;
    }
    int from = Math.max(0, firstDifference(value, repaired) - CONTEXT);
    out.report(
        Rule.MOJIBAKE,
        path,
        "'"
            + path
            + "' looks like UTF-8 read as Windows-1252: "
            + excerpt(value, from)
            + " should read "
            + excerpt(repaired, from),
        repaired);
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
    boolean cut = end < text.length() || shown.length() < Finding.printable(piece).length();
    return "\"" + (from > 0 ? "…" : "") + shown + (cut ? "…" : "") + "\"";
  }
}
