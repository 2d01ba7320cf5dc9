package org.seeddoc.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.seeddoc.RelatedArticle;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedWriter;
import org.seeddoc.spi.YamlText;

/**
 * QuickTheories generators of hostile input: strings that break naive code (control and bidi
 * characters, lone surrogates, terminal escapes, forged annotations, YAML indicators, text over the
 * reader's limits) and seed files that are valid documents with one hostile YAML construct added
 * (anchors and aliases, tags, merge and complex keys, a second document, deep nesting, tabs, lone
 * carriage returns) or one field's value replaced by a hostile string, in any YAML style. The
 * reader must answer each with a document or a positioned finding.
 *
 * <p>Immutable and thread-safe.
 */
public final class HostileInputs {
  private static final SeedWriter WRITER = SeedWriter.create();
  private static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "\t",
          "\u0000",
          "\u0007bell",
          "a\rb",
          "a\r\nb",
          "\u001B[31mred\u001B[0m",
          "\u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007",
          "x\n::error file=a.txt::forged",
          "\u0085",
          "\u2028\u2029",
          "\u202Eevil\u202C",
          "\u2066isolate\u2069",
          "\u200B\u200D\uFEFF",
          "\uD800",
          "\uDC00x",
          "\uFFFE\uFFFF",
          "\uD83D\uDE00",
          "e\u0301\u0301\u0301",
          "ÃƒÂ©",
          "a patientâ€™s vertebra",
          "  padded title  ",
          "http://example.org/page",
          "https://elsewhere.example/article",
          "---",
          "...",
          "# seeddoc-ignore SD201",
          "&anchor",
          "*alias",
          "!tag",
          "%YAML",
          "@",
          "`",
          "|",
          ">",
          "? key",
          ": value",
          "- item",
          "[a, b]",
          "{a: b}",
          "'",
          "\"",
          "\\",
          "\\u0000",
          "null",
          "~",
          "yes",
          "NaN",
          ".inf",
          "0x10",
          "1e400",
          "9223372036854775808",
          "-0",
          "2022-05-06T12:29:00+25:00",
          "1969-12-31T23:59:60Z",
          "https://",
          "https://[::1",
          "https://xn--/",
          "https://a..b/",
          "https://ex%41mple.org/",
          "https://user:pass@host:99999/",
          "javascript:alert(1)",
          "//example.org",
          "https://www-example-org.cdn.ampproject.org/c/s/www.example.org/",
          "====",
          "AAAA;",
          ";AAAAAAAAAAAAAAAAAAAAAA==",
          "A;B",
          "A".repeat(1_000),
          "a ".repeat(40_000),
          "é".repeat(70_000));

  private static final List<String> CONSTRUCTS =
      List.of(
          "anchored: &a value\naliased: *a",
          "laughs: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
              + "laughs1: &l1 [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]\n"
              + "laughs2: [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]",
          "<<: {title: merged}",
          "? [complex, key]\n: value",
          "? |\n  block key\n: value",
          "tagged: !!binary aGVsbG8=",
          "custom: !custom value",
          "---\nsecond: document",
          "...",
          "%YAML 1.1",
          "\ttabbed: value",
          "lone: carriage\rreturn",
          "bom: \uFEFFinside",
          "nul: \u0000",
          "unterminated: 'quote",
          "unclosed: [a, b",
          "deep: " + "[".repeat(2_000) + "]".repeat(2_000),
          "empty:",
          "null: ~",
          "title: duplicate",
          "literal: |\n  line\n   more",
          "folded: >-\n  a\n\n  b",
          "  indented: wrongly",
          "- a list item",
          "# seeddoc-ignore",
          "flow: [a, # a comment inside brackets\n  b]",
          "nothing: # a comment on a field with no value",
          "# seeddoc-ignore " + "SD201 ".repeat(3_000));

  /**
   * Edits that leave a document readable and free of errors but give it a warning: a padded title
   * (SD202), an http URL (SD205), a web URL off the provider's domain (SD211), a related article
   * that is the document (SD212), a topic listed twice (SD213), mojibake (SD214).
   */
  private static final List<UnaryOperator<SeedDocument>> WARNINGS =
      List.of(
          d -> d.toBuilder().title(" " + d.title() + " ").build(),
          d -> d.toBuilder().originalUrl(d.originalUrl().replaceFirst("^https:", "http:")).build(),
          d ->
              d.toBuilder()
                  .originalUrl("https://elsewhere.example/article")
                  .webUrl("https://elsewhere.example/article")
                  .ampWebUrl(null)
                  .cdnAmpWebUrl(null)
                  .build(),
          d ->
              d.toBuilder()
                  .related(
                      List.of(
                          RelatedArticle.builder()
                              .title(d.title())
                              .excerpt(d.excerpt())
                              .publishedDateTime(d.publishedDateTime())
                              .webUrl(d.webUrl())
                              .type(d.type())
                              .provider(d.provider())
                              .quality(d.quality())
                              .build()))
                  .build(),
          d -> d.toBuilder().topics(List.of(d.type(), d.type())).build(),
          d -> d.toBuilder().excerpt("a patientâ€™s vertebra").build());

  private static final int MAX_DRAWN_CODE_POINTS = 32;

  /** Code points drawn one by one: ASCII, C0 and C1, the ends of the planes, surrogates. */
  private static final int[][] CODE_POINT_RANGES = {
    {0x20, 0x7E},
    {0x00, 0x1F},
    {0x7F, 0x9F},
    {0x200B, 0x206F},
    {0xD800, 0xDFFF},
    {0xFFF0, 0xFFFF},
    {0xA0, 0x24F},
    {0x1F300, 0x1F64F},
    {0x10FFF0, 0x10FFFF}
  };

  private HostileInputs() {}

  /**
   * Hostile strings: picked from a catalogue, or built code point by code point.
   *
   * @return the generator
   */
  public static Gen<String> strings() {
    return Generate.pick(STRINGS).mix(drawnStrings(), 30);
  }

  private static Gen<String> drawnStrings() {
    Gen<int[]> range = Generate.pick(List.of(CODE_POINT_RANGES));
    return in -> {
      int length = integers().between(0, MAX_DRAWN_CODE_POINTS).generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        int[] bounds = range.generate(in);
        text.appendCodePoint(integers().between(bounds[0], bounds[1]).generate(in));
      }
      return text.toString();
    };
  }

  /**
   * Hostile YAML constructs, as whole lines to put into a front matter.
   *
   * @return the generator
   */
  public static Gen<String> constructs() {
    return Generate.pick(CONSTRUCTS);
  }

  /**
   * Seed files: a valid document, half of them edited to give one warning, whose canonical text is
   * left as it is or has a hostile construct put before one of its lines, one field's value
   * replaced by a hostile string written plain, single-quoted or double-quoted, one field's value
   * given to another field (a related article's URL that is the document's, a topic listed twice),
   * or the whole front matter replaced by a construct. Every field of the format is reached, since
   * the documents carry every field.
   *
   * @return the generator of whole files
   */
  public static Gen<String> files() {
    return in -> {
      SeedDocument document = ValidDocuments.documents().generate(in);
      if (Generate.booleans().generate(in)) {
        document = Generate.pick(WARNINGS).generate(in).apply(document);
      }
      List<String> lines = new ArrayList<>(WRITER.write(document).lines().toList());
      int closing = lines.subList(1, lines.size()).indexOf("---") + 1;
      int at = integers().between(1, closing).generate(in);
      switch (integers().between(0, 4).generate(in)) {
        case 0 -> lines.add(at, constructs().generate(in));
        case 1 ->
            lines.set(
                at,
                withValue(
                    lines.get(at), strings().generate(in), integers().between(0, 2).generate(in)));
        case 2 -> {
          String from = lines.get(integers().between(1, closing - 1).generate(in));
          lines.set(at, withValue(lines.get(at), valueOf(from), 0));
        }
        case 3 -> {
          lines.subList(1, closing).clear();
          lines.add(1, constructs().generate(in));
        }
        default -> {
          // The document alone: with its warning, if it was given one.
        }
      }
      return String.join("\n", lines) + "\n";
    };
  }

  /**
   * A valid document's file as bytes that are not what they should be: one byte replaced by one
   * that cannot start or continue UTF-8 where it stands, the text in Latin-1 or UTF-16, or a UTF-16
   * byte order mark before it.
   *
   * @return the generator of whole files
   */
  public static Gen<byte[]> misencoded() {
    return in -> {
      String text = WRITER.write(ValidDocuments.documents().generate(in));
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      return switch (integers().between(0, 3).generate(in)) {
        case 0 -> {
          utf8[integers().between(0, utf8.length - 1).generate(in)] =
              (byte) (int) integers().between(0x80, 0xFF).generate(in);
          yield utf8;
        }
        case 1 -> text.getBytes(StandardCharsets.ISO_8859_1);
        case 2 -> text.getBytes(StandardCharsets.UTF_16);
        default -> {
          byte[] marked = new byte[utf8.length + 2];
          marked[0] = (byte) 0xFF;
          marked[1] = (byte) 0xFE;
          System.arraycopy(utf8, 0, marked, 2, utf8.length);
          yield marked;
        }
      };
    };
  }

  /** What follows a line's key or list dash: its value as written. */
  private static String valueOf(String line) {
    return line.substring(valueStart(line));
  }

  /** Where a line's value starts: after its key or its list dash, else at its end. */
  private static int valueStart(String line) {
    int colon = line.indexOf(": ");
    int dash = line.indexOf("- ");
    return colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : line.length();
  }

  /** The line with its value, after its key or its list dash, replaced in one of three styles. */
  private static String withValue(String line, String value, int style) {
    int cut = valueStart(line);
    String written =
        switch (style) {
          case 0 -> value;
          case 1 -> "'" + value.replace("'", "''") + "'";
          default -> quotedOrRaw(value);
        };
    return line.substring(0, cut) + written;
  }

  private static String quotedOrRaw(String value) {
    try {
      return YamlText.doubleQuoted(value);
    } catch (IllegalArgumentException unpairedSurrogate) {
      return "\"" + value + "\"";
    }
  }
}
