package org.seeddoc.validation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seeddoc.Comment;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.spi.FindingCollector;

/**
 * Suppression comments: {@code # seeddoc-ignore SD211: reason} at the end of a field's line, or on
 * the line above it, silences those rules for that field and the fields below it. A comment that
 * names no rule, an unknown or a {@linkplain Rule#isFatal() fatal} rule or no reason, stands where
 * it belongs to no field, or silences nothing is an SD014 warning, as eslint reports unused disable
 * directives.
 *
 * <p>The validator asks {@link #silences} as each finding is made, before findings about a list's
 * items are capped, so that a silenced finding is neither listed nor counted. Each question costs
 * the length of the finding's field path, whatever the number of comments. Not thread-safe: one
 * instance per file and validation.
 */
public final class Suppressions {
  /** The rules it reports, for the registry ({@link Rules#reported()}). */
  static final Rules.Family FAMILY = Rules.Family.of(Rule.SUPPRESSION);

  private static final String MARK = "seeddoc-ignore";
  private static final Suppressions NONE =
      new Suppressions(Map.of(), List.of(), new FindingCollector(""));

  private final Map<String, List<Suppression>> byField;
  private final List<Suppression> all;
  private final FindingCollector out;

  private static final class Suppression {
    final Comment comment;
    final Set<Rule> rules;
    boolean used;

    Suppression(Comment comment, Set<Rule> rules) {
      this.comment = comment;
      this.rules = rules;
    }
  }

  private Suppressions(
      Map<String, List<Suppression>> byField, List<Suppression> all, FindingCollector out) {
    this.byField = byField;
    this.all = all;
    this.out = out;
  }

  /**
   * Reads a file's suppression comments.
   *
   * @param comments the file's comments
   * @param source the file's name, for the SD014 findings
   * @return the suppressions; {@link #isEmpty()} when no comment is one
   */
  public static Suppressions of(Comments comments, String source) {
    if (comments.isEmpty()) {
      return NONE;
    }
    FindingCollector out = new FindingCollector(source);
    Map<String, List<Suppression>> byField = new HashMap<>();
    List<Suppression> all = new ArrayList<>();
    boolean any = false;
    for (Comment comment : comments.all()) {
      if (comment.text().startsWith(MARK)) {
        any = true;
        parse(comment, out)
            .ifPresent(
                suppression -> {
                  all.add(suppression);
                  byField
                      .computeIfAbsent(suppression.comment.field(), field -> new ArrayList<>(1))
                      .add(suppression);
                });
      }
    }
    return any ? new Suppressions(byField, all, out) : NONE;
  }

  /**
   * Whether no comment of the file is a suppression, so that nothing is silenced or reported.
   *
   * @return true when there is nothing to apply
   */
  public boolean isEmpty() {
    return this == NONE;
  }

  /**
   * Whether a suppression silences a finding of a rule about a field: one on the field itself or on
   * a field above it. Every suppression that does is marked used.
   *
   * @param rule the finding's rule
   * @param field its field path, or null for the whole file, which no comment silences
   * @return true when the finding is silenced
   */
  public boolean silences(Rule rule, String field) {
    if (field == null || byField.isEmpty()) {
      return false;
    }
    boolean silenced = silencesAt(rule, field);
    for (int i = 1; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '.' || c == '[') {
        silenced |= silencesAt(rule, field.substring(0, i));
      }
    }
    return silenced;
  }

  private boolean silencesAt(Rule rule, String path) {
    List<Suppression> here = byField.get(path);
    boolean silenced = false;
    if (here != null) {
      for (Suppression suppression : here) {
        if (suppression.rules.contains(rule)) {
          suppression.used = true;
          silenced = true;
        }
      }
    }
    return silenced;
  }

  /**
   * The SD014 findings: each comment that is not a valid suppression, and each suppression that
   * silenced nothing. Ask once the file's findings have all been made.
   *
   * @return the findings, sorted
   */
  public List<Finding> findings() {
    for (Suppression suppression : all) {
      if (!suppression.used) {
        out.report(
            Rule.SUPPRESSION,
            suppression.comment.field(),
            suppression.comment.position(),
            "this seeddoc-ignore silences nothing: no "
                + ids(suppression.rules)
                + " finding for '"
                + suppression.comment.field()
                + "'; remove it");
        suppression.used = true;
      }
    }
    return out.sorted();
  }

  private static Optional<Suppression> parse(Comment comment, FindingCollector out) {
    String field = comment.field().isEmpty() ? null : comment.field();
    if (comment.place() != Comment.Place.LEADING && comment.place() != Comment.Place.TRAILING) {
      out.report(
          Rule.SUPPRESSION,
          field,
          comment.position(),
          "a seeddoc-ignore comment goes at the end of a field's line or on the line above it; this one belongs to no field");
      return Optional.empty();
    }
    SuppressionText text = SuppressionText.parse(comment.text());
    if (text == null) {
      out.report(
          Rule.SUPPRESSION,
          field,
          comment.position(),
          "a seeddoc-ignore comment names the rules it silences and why: '# seeddoc-ignore SD211: reason'");
      return Optional.empty();
    }
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String id : text.ids()) {
      Optional<Rule> rule = Rule.forId(id);
      if (rule.isEmpty() || rule.get() == Rule.SUPPRESSION) {
        out.report(
            Rule.SUPPRESSION,
            field,
            comment.position(),
            Reporter.quoted(id)
                + " is not a rule a seeddoc-ignore comment can silence; the rules are listed in docs/rules.md");
        return Optional.empty();
      }
      if (rule.get().isFatal()) {
        out.report(
            Rule.SUPPRESSION,
            field,
            comment.position(),
            id
                + " means the file cannot be read as a seed"
                + " document; a seeddoc-ignore comment cannot silence it");
        return Optional.empty();
      }
      rules.add(rule.get());
    }
    if (text.reason() == null || text.reason().isBlank()) {
      out.report(
          Rule.SUPPRESSION,
          field,
          comment.position(),
          "a seeddoc-ignore comment needs a reason after a colon: '# seeddoc-ignore "
              + ids(rules)
              + ": why'; it silences nothing without one");
      return Optional.empty();
    }
    return Optional.of(new Suppression(comment, rules));
  }

  /**
   * A suppression comment's rule ids and reason: {@code seeddoc-ignore}, white space, ids separated
   * by commas, and an optional colon and reason. Parsed in one pass: a regular expression with a
   * repeated group recursed once per id and overflowed the stack on a comment naming 1,600 rules.
   */
  private record SuppressionText(List<String> ids, String reason) {
    /** The parts of the text, or null when it does not have that shape. */
    static SuppressionText parse(String text) {
      int i = MARK.length();
      int end = skipSpace(text, i);
      if (end == i) {
        return null;
      }
      i = end;
      List<String> ids = new ArrayList<>();
      while (true) {
        int start = i;
        while (i < text.length() && isIdCharacter(text.charAt(i))) {
          i++;
        }
        if (i == start) {
          return null;
        }
        ids.add(text.substring(start, i));
        i = skipSpace(text, i);
        if (i == text.length() || text.charAt(i) != ',') {
          break;
        }
        i = skipSpace(text, i + 1);
      }
      if (i == text.length()) {
        return new SuppressionText(ids, null);
      }
      if (text.charAt(i) != ':') {
        return null;
      }
      String reason = text.substring(skipSpace(text, i + 1));
      return reason.chars().anyMatch(SuppressionText::isLineBreak)
          ? null
          : new SuppressionText(ids, reason);
    }

    private static int skipSpace(String text, int from) {
      int i = from;
      while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      return i;
    }

    private static boolean isIdCharacter(char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isLineBreak(int c) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
  }

  private static String ids(Set<Rule> rules) {
    return String.join(", ", rules.stream().map(Rule::id).toList());
  }
}
