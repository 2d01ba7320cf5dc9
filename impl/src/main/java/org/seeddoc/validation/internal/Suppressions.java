package org.seeddoc.validation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seeddoc.Comment;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.spi.FindingCollector;

/**
 * Suppression comments: {@code # seeddoc-ignore SD211: reason} at the end of a field's line, or on
 * the line above it, silences those rules for that field and the fields below it. A comment that
 * names no rule, an unknown rule or no reason, stands where it belongs to no field, or silences
 * nothing is an SD014 warning, as eslint reports unused disable directives.
 */
public final class Suppressions {
  /** The rules it reports, for the registry ({@link Rules#reported()}). */
  static final Rules.Family FAMILY = Rules.Family.of(Rule.SUPPRESSION);

  private static final String MARK = "seeddoc-ignore";
  private static final Pattern SUPPRESSION = Pattern.compile(
      "seeddoc-ignore\\s+([A-Za-z0-9]+(?:\\s*,\\s*[A-Za-z0-9]+)*)\\s*(?::\\s*(.*))?");

  private record Suppression(Comment comment, Set<Rule> rules, boolean[] used) {
    boolean covers(Finding finding) {
      String field = finding.field();
      String path = comment.field();
      return field != null && rules.contains(finding.rule()) && (field.equals(path)
          || (field.startsWith(path) && (field.charAt(path.length()) == '.' || field.charAt(path.length()) == '[')));
    }
  }

  private Suppressions() {}

  /**
   * Leaves out the findings a suppression comment silences, and adds an SD014 finding for each
   * suppression comment that is wrong or silences nothing.
   *
   * @param findings a file's findings, sorted
   * @param comments its comments
   * @param source the file's name
   * @return the findings left, with the SD014 ones, sorted
   */
  public static List<Finding> apply(List<Finding> findings, Comments comments, String source) {
    if (comments.isEmpty()) {
      return findings;
    }
    FindingCollector out = new FindingCollector(source);
    List<Suppression> suppressions = new ArrayList<>();
    for (Comment comment : comments.all()) {
      if (comment.text().startsWith(MARK)) {
        parse(comment, out).ifPresent(suppressions::add);
      }
    }
    if (suppressions.isEmpty() && out.sorted().isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : findings) {
      boolean silenced = false;
      for (Suppression suppression : suppressions) {
        if (suppression.covers(finding)) {
          suppression.used()[0] = true;
          silenced = true;
        }
      }
      if (!silenced) {
        kept.add(finding);
      }
    }
    for (Suppression suppression : suppressions) {
      if (!suppression.used()[0]) {
        out.report(Rule.SUPPRESSION, suppression.comment().field(), suppression.comment().position(),
            "this seeddoc-ignore silences nothing: no " + ids(suppression.rules()) + " finding for '"
                + suppression.comment().field() + "'; remove it");
      }
    }
    out.addAll(kept);
    return out.sorted();
  }

  private static Optional<Suppression> parse(Comment comment, FindingCollector out) {
    String field = comment.field().isEmpty() ? null : comment.field();
    if (comment.place() != Comment.Place.LEADING && comment.place() != Comment.Place.TRAILING) {
      out.report(Rule.SUPPRESSION, field, comment.position(),
          "a seeddoc-ignore comment goes at the end of a field's line or on the line above it; this one belongs to no field");
      return Optional.empty();
    }
    Matcher matcher = SUPPRESSION.matcher(comment.text());
    if (!matcher.matches()) {
      out.report(Rule.SUPPRESSION, field, comment.position(),
          "a seeddoc-ignore comment names the rules it silences and why: '# seeddoc-ignore SD211: reason'");
      return Optional.empty();
    }
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String id : matcher.group(1).split("\\s*,\\s*")) {
      Optional<Rule> rule = Rule.forId(id);
      if (rule.isEmpty() || rule.get() == Rule.SUPPRESSION) {
        out.report(Rule.SUPPRESSION, field, comment.position(),
            "'" + id + "' is not a rule a seeddoc-ignore comment can silence; the rules are listed in docs/rules.md");
        return Optional.empty();
      }
      rules.add(rule.get());
    }
    if (matcher.group(2) == null || matcher.group(2).isBlank()) {
      out.report(Rule.SUPPRESSION, field, comment.position(),
          "a seeddoc-ignore comment needs a reason after a colon: '# seeddoc-ignore " + ids(rules) + ": why'; it silences nothing without one");
      return Optional.empty();
    }
    return Optional.of(new Suppression(comment, rules, new boolean[1]));
  }

  private static String ids(Set<Rule> rules) {
    return String.join(", ", rules.stream().map(Rule::id).toList());
  }
}
