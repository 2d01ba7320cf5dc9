package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs end in the reader's own exception with a position. Surefire runs this module with
 * a 64 MB heap, so each of these also proves the reader stays within it; the time each takes is
 * measured by the benchmark in docs/performance.md, not here.
 */
class HostileInputTest {
  private final SeedReader reader = SeedReader.create();

  @Test
  void billionLaughsIsRefusedAtTheFirstAnchor() {
    StringBuilder text =
        new StringBuilder(
            "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      text.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append("]\n");
    }
    text.append("---\n");
    SeedFormatException e =
        assertThrows(SeedFormatException.class, () -> reader.read(text.toString(), "laughs.txt"));
    assertError(e, "SD004", 2, 4);
    assertTrue(e.getMessage().contains("anchors"), e.getMessage());
  }

  @Test
  void tenThousandNestedBracketsStopAtTheDepthLimit() {
    String text = "---\na: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n";
    SeedFormatException e =
        assertThrows(SeedFormatException.class, () -> reader.read(text, "nested.txt"));
    assertError(e, "SD005", 2, 4 + 31);
  }

  @Test
  void aFiftyMegabyteScalarIsRefusedAfterReadingOneMebibyte() throws IOException {
    InputStream in = stream("---\ntitle: \"", 50_000_000, (byte) 'a');
    SeedFormatException e =
        assertThrows(SeedFormatException.class, () -> reader.read(in, "big.txt"));
    assertError(e, "SD005", 2, (1 << 20) - 4 + 1);
  }

  @Test
  void aThreeMillionDigitNumberIsRefusedAfterReadingOneMebibyte() throws IOException {
    InputStream in = stream("---\nquality: ", 3_000_000, (byte) '7');
    SeedFormatException e =
        assertThrows(SeedFormatException.class, () -> reader.read(in, "digits.txt"));
    assertError(e, "SD005", 2, (1 << 20) - 4 + 1);
  }

  @Test
  void aScalarOverTheLengthLimitIsRefusedAtItsStart() {
    String text = "---\ncategory: news\ntitle: \"" + "x".repeat(70_000) + "\"\n---\n";
    SeedFormatException e =
        assertThrows(SeedFormatException.class, () -> reader.read(text, "long.txt"));
    assertError(e, "SD005", 3, 8);
  }

  @Test
  void aLongNumberWithinTheLimitsIsAnOutOfRangeError() {
    String text = "---\nquality: " + "9".repeat(60_000) + "\n---\n";
    ParseResult result = reader.parse(text, "long-number.txt");
    Finding finding =
        result.findings().stream()
            .filter(f -> "quality".equals(f.field()))
            .findFirst()
            .orElseThrow();
    assertEquals("SD102", finding.rule().id());
    assertTrue(finding.message().contains("out of range"), finding.message());
  }

  @Test
  void invalidUtf8IsAnErrorAtItsLineAndColumn() {
    byte[] bytes = "---\ntitle: \"caf\u00e9 ?\"\n---\n".getBytes(StandardCharsets.UTF_8);
    bytes[17] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () -> reader.read(new ByteArrayInputStream(bytes), "bad-utf8.txt"));
    assertError(e, "SD001", 2, 13);
  }

  /** The reader decodes leniently first and looks closer only at U+FFFD, which can be real text. */
  @Test
  void aReplacementCharacterIsTextButAnInvalidByteAfterOneIsStillFound() throws IOException {
    String withReplacement = "---\ntitle: \"\uFFFD\"\n---\n";
    ParseResult read =
        reader.parse(
            new ByteArrayInputStream(withReplacement.getBytes(StandardCharsets.UTF_8)), "ok.txt");
    assertEquals("\uFFFD", read.document().orElseThrow().title(), read.findings().toString());
    byte[] bytes = (withReplacement + "x\n").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0x80; // a continuation byte without a lead byte, in the body
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () -> reader.read(new ByteArrayInputStream(bytes), "bad-after-fffd.txt"));
    assertError(e, "SD001", 4, 1);
  }

  @Test
  void aFileOfRandomInvalidBytesIsAnEncodingError() {
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    bytes[0] = '-';
    bytes[1] = '-';
    bytes[2] = '-';
    bytes[3] = '\n';
    bytes[4] = (byte) 0xFF;
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () -> reader.read(new ByteArrayInputStream(bytes), "random.bin"));
    assertError(e, "SD001", 2, 1);
  }

  @Test
  void utf16ByteOrderMarksAreRefused() {
    byte[] bytes = "\uFEFF---\n".getBytes(StandardCharsets.UTF_16BE);
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () -> reader.read(new ByteArrayInputStream(bytes), "utf16.txt"));
    assertError(e, "SD001", 1, 1);
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void anUnpairedSurrogateInTextIsRefused() {
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () -> reader.read("---\ntitle: \"a\uD800b\"\n---\n", "surrogate.txt"));
    assertError(e, "SD001", 2, 10);
  }

  @Test
  void tagsAreRefusedNotResolved() {
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () -> reader.read("---\ntitle: !!binary aGVsbG8=\n---\n", "tag.txt"));
    assertError(e, "SD004", 2, 8);
  }

  @Test
  void environmentVariablesAreNotExpanded() {
    SeedDocument d =
        reader.parse("---\ncategory: ${HOME}\n---\n", "env.txt").document().orElseThrow();
    assertEquals("${HOME}", d.category());
  }

  @Test
  void aSecondYamlDocumentAfterAnEndMarkerIsRefused() {
    ParseResult result = reader.parse("---\na: 1\n...\nb: 2\n---\n", "two.txt");
    Finding last = result.findings().get(result.findings().size() - 1);
    assertEquals("4:1 SD003", last.line() + ":" + last.column() + " " + last.rule().id());
    assertTrue(result.document().isEmpty());
  }

  @Test
  void controlCharactersInTheYamlAreAPositionedSyntaxError() {
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () -> reader.read("---\ncategory: news\ntitle: \"a\u0007b\"\n---\n", "bell.txt"));
    assertError(e, "SD003", 3, 10);
  }

  /**
   * SnakeYAML quotes an undefined tag handle whole; the finding keeps its message to one readable
   * line. A fuzz finding.
   */
  @Test
  void aLongUndefinedTagHandleIsCutShortInTheMessage() {
    String handle = "!" + "R".repeat(5000) + "!";
    ParseResult result =
        SeedReader.create().parse("---\ntitle: " + handle + "x y\n---\n", "tag.txt");
    Finding finding = result.findings().get(0);
    assertEquals(Rule.SYNTAX, finding.rule());
    assertTrue(
        finding.message().length() < 400, finding.message().length() + ": " + finding.message());
    assertTrue(finding.message().contains("undefined tag handle !RRR"), finding.message());
  }

  private static InputStream stream(String prefix, long count, byte fill) {
    InputStream tail =
        new InputStream() {
          private long left = count;

          @Override
          public int read() {
            return left-- > 0 ? fill : -1;
          }
        };
    return new SequenceInputStream(
        new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), tail);
  }

  private static void assertError(SeedFormatException e, String rule, int line, int column) {
    assertEquals(rule, e.findings().get(0).rule().id(), e.getMessage());
    assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
    assertTrue(
        e.getMessage()
            .startsWith(e.source() + ":" + line + ":" + column + ": error [" + rule + "] "),
        e.getMessage());
  }
}
