package org.seeddoc;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule a finding can name, with its stable id and default severity. Ids never change meaning
 * once released; {@code docs/rules.md} describes each rule with an example and its fix.
 *
 * <p>{@code SD0xx} rules are about the file and its YAML, {@code SD1xx} about the structure of the
 * document, {@code SD2xx} about its values. Immutable and thread-safe.
 */
public enum Rule {
  /** Bytes that are not UTF-8, a UTF-16 or UTF-32 byte order mark, or an unpaired surrogate. */
  ENCODING("SD001", Severity.ERROR, "The file is UTF-8"),
  /** No {@code ---} line opening or closing the front matter. */
  ENVELOPE("SD002", Severity.ERROR, "The front matter is between two '---' lines"),
  /** Front matter that is not well-formed YAML. */
  SYNTAX("SD003", Severity.ERROR, "The front matter is well-formed YAML"),
  /** Anchors, aliases, tags, merge keys, complex keys or a second document. */
  REFUSED_FEATURE(
      "SD004",
      Severity.ERROR,
      "No anchors, aliases, tags, merge keys, complex keys or second documents"),
  /** A size, depth or length limit of the reader. */
  LIMIT("SD005", Severity.ERROR, "Within the reader's size, depth and length limits"),
  /** A key given twice in one mapping. */
  DUPLICATE_KEY("SD006", Severity.ERROR, "No key is given twice"),
  /** Front matter that is empty or not a mapping. */
  NOT_A_MAPPING("SD007", Severity.ERROR, "The front matter is a mapping"),
  /** A UTF-8 byte order mark. */
  BOM("SD008", Severity.WARNING, "No byte order mark"),
  /** CRLF line endings in the front matter. */
  CRLF("SD009", Severity.WARNING, "The front matter has LF line endings"),
  /** A file whose bytes are not the canonical layout. */
  NOT_CANONICAL("SD010", Severity.ERROR, "The file is in the canonical layout"),
  /** A comment the canonical layout has no place for, such as one inside a flow collection. */
  COMMENTS("SD011", Severity.ERROR, "Formatting keeps every comment"),
  /** A file that could not be read from disk. */
  UNREADABLE("SD012", Severity.ERROR, "The file can be read"),
  /** A configuration file ({@code .seeddoc.yaml}) with a bad key or value. */
  CONFIG("SD013", Severity.ERROR, "The configuration file is valid"),
  /**
   * A {@code # seeddoc-ignore} comment that names no rule, gives no reason, is out of place or
   * silences nothing.
   */
  SUPPRESSION(
      "SD014",
      Severity.WARNING,
      "Suppression comments name rules, give a reason and silence a finding"),
  /** A required key that is missing. */
  MISSING_KEY("SD101", Severity.ERROR, "Required keys are present"),
  /** A value of the wrong type. */
  WRONG_TYPE("SD102", Severity.ERROR, "Values have the right type"),
  /** A key the format does not define. */
  UNKNOWN_KEY("SD103", Severity.WARNING, "Keys are defined by the format"),
  /** A date that is not {@code yyyy-MM-ddTHH:mm:ssZ} or not a real instant. */
  DATE("SD104", Severity.ERROR, "Dates are real UTC instants written yyyy-MM-ddTHH:mm:ssZ"),
  /** A text field that is blank. */
  BLANK("SD201", Severity.ERROR, "Text fields are not blank"),
  /** A title with leading or trailing white space. */
  TITLE_SPACE("SD202", Severity.WARNING, "Titles have no leading or trailing white space"),
  /** A number outside its range. */
  RANGE("SD203", Severity.ERROR, "Numbers are within their ranges"),
  /** A URL that is not an absolute http or https URL with a valid host. */
  URL("SD204", Severity.ERROR, "URLs are absolute http or https URLs with a valid host"),
  /** A URL that uses http rather than https. */
  HTTP("SD205", Severity.WARNING, "URLs use https"),
  /** A token with line breaks or control characters. */
  TOKEN("SD206", Severity.ERROR, "Tokens are single-line text"),
  /** A provider domain that is not a valid DNS name. */
  DOMAIN("SD207", Severity.ERROR, "Provider domains are valid DNS names"),
  /** A secured value that is not a valid payload and nonce. */
  SECURED("SD208", Severity.ERROR, "The secured value is a base64 payload and a 16-byte nonce"),
  /** A cdnAmpWebUrl without an ampWebUrl. */
  AMP_CACHE_WITHOUT_AMP("SD209", Severity.ERROR, "cdnAmpWebUrl comes with ampWebUrl"),
  /** A cdnAmpWebUrl that is not the AMP Cache URL of ampWebUrl. */
  AMP_CACHE_MISMATCH("SD210", Severity.ERROR, "cdnAmpWebUrl is the AMP Cache URL of ampWebUrl"),
  /** A webUrl whose host is not the provider's domain or under it. */
  PROVIDER_DOMAIN("SD211", Severity.WARNING, "webUrl is on the provider's domain"),
  /** A related article with the document's own webUrl. */
  RELATED_SELF("SD212", Severity.WARNING, "Related articles are other articles"),
  /** A topic listed twice. */
  DUPLICATE_TOPIC("SD213", Severity.WARNING, "Topics are listed once"),
  /** Text that looks like UTF-8 decoded as Windows-1252 or Latin-1. */
  MOJIBAKE("SD214", Severity.WARNING, "Text is not mojibake", false),
  /** A file in a seed folder not named {@code <digits>_<16 hex>.txt}. */
  FILE_NAME("SD215", Severity.WARNING, "Seed files are named NNN_<16 hex>.txt");

  private static final Map<String, Rule> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private final String id;
  private final Severity severity;
  private final String summary;
  private final boolean safeFix;

  Rule(String id, Severity severity, String summary) {
    this(id, severity, summary, true);
  }

  Rule(String id, Severity severity, String summary, boolean safeFix) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.safeFix = safeFix;
  }

  /**
   * The rule with an id.
   *
   * @param id an id such as {@code SD201}
   * @return the rule, or empty when no rule has that id
   */
  public static Optional<Rule> forId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The stable id findings carry, such as {@code SD201}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * How serious a finding of this rule is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * What a document that passes the rule is like, in one short sentence.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Whether a finding of this rule means that the file cannot be read as a seed document at all:
   * {@link SeedReader#read} refuses it, and {@code fmt} and {@code fix} leave it as it is. Such a
   * finding is always an error; a configuration cannot turn it off or down and a {@code
   * seeddoc-ignore} comment cannot silence it (saying so is itself a finding), as eslint's fatal
   * parsing errors cannot be disabled.
   *
   * @return true for the reader's errors and for a file that cannot be read from disk
   */
  public boolean isFatal() {
    return switch (this) {
      case ENCODING,
          ENVELOPE,
          SYNTAX,
          REFUSED_FEATURE,
          LIMIT,
          DUPLICATE_KEY,
          NOT_A_MAPPING,
          UNREADABLE,
          MISSING_KEY,
          WRONG_TYPE,
          DATE ->
          true;
      default -> false;
    };
  }

  /**
   * Whether the fix a finding of this rule carries may be applied without a person looking at it. A
   * heuristic repair is not: SD214's mojibake repair guesses how the text was garbled, so {@code
   * seeddoc fix} applies it only with {@code --unsafe-fixes}, as ruff keeps such fixes.
   *
   * @return false for a rule whose fixes are guesses
   */
  public boolean hasSafeFix() {
    return safeFix;
  }
}
