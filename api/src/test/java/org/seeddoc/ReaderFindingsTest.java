package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem the reader can see comes out as a finding at its field's position. */
class ReaderFindingsTest {
  private static final String SEED = "004_04cd3372321c0f9e.txt";
  private final SeedReader reader = SeedReader.create();

  private List<String> findings(String text) {
    return reader.parse(text, "f.txt").findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule().id() + " " + f.field())
        .toList();
  }

  @Test
  void aWrongTypeAndAMissingKeyAreBothReportedInOnePass() {
    String text =
        Seeds.text(SEED)
            .replace("quality: 37", "quality: \"high\"")
            .replace(
                "    webUrl: \"https://www.benzinga.com", "    weburl: \"https://www.benzinga.com");
    ParseResult result = reader.parse(text, "f.txt");
    assertEquals(
        List.of(
            "9:1 SD102 quality", "27:5 SD101 related[0].webUrl", "30:5 SD103 related[0].weburl"),
        result.findings().stream()
            .map(f -> f.line() + ":" + f.column() + " " + f.rule().id() + " " + f.field())
            .toList());
    assertEquals(
        "expected an integer for 'quality', found \"high\"", result.findings().get(0).message());
    assertEquals("webUrl", result.findings().get(2).fix());
    assertTrue(result.document().isPresent(), "the document is still there for a validator");
    assertEquals(null, result.document().get().quality());
  }

  @Test
  void readThrowsWithEveryErrorAndASnippet() {
    String text =
        Seeds.text(SEED)
            .replace("quality: 37", "quality: \"high\"")
            .replace("heat: 37", "heat: [1]");
    SeedFormatException e =
        assertThrows(SeedFormatException.class, () -> reader.read(text, "seeds/004.txt"));
    assertEquals(2, e.findings().size());
    assertEquals(
        "seeds/004.txt:9:1: error [SD102] expected an integer for 'quality', found \"high\" (and 1 more)\n"
            + "    quality: \"high\"\n"
            + "    ^",
        e.getMessage());
  }

  @Test
  void positionsPointAtKeysAndListItems() {
    ParseResult result = reader.parse(Seeds.text(SEED), SEED);
    assertEquals(new Position(2, 1), result.position("category").orElseThrow());
    assertEquals(new Position(14, 3), result.position("provider.name").orElseThrow());
    assertEquals(new Position(18, 5), result.position("topics[0]").orElseThrow());
    assertEquals(new Position(21, 5), result.position("images[0]").orElseThrow());
    assertEquals(new Position(27, 5), result.position("related[0]").orElseThrow());
    assertEquals(new Position(32, 5), result.position("related[0].cdnAmpWebUrl").orElseThrow());
    assertEquals(new Position(39, 9), result.position("related[0].images[0]").orElseThrow());
    assertFalse(result.position("nothing").isPresent());
  }

  @Test
  void wrongTypesOfEveryKind() {
    String text =
        "---\ncategory: [a]\ntitle:\nquality: 1.5\npublished: \"true\"\nprovider: x\ntopics: {a: b}\nimages: [1]\n"
            + "publishedDateTime: 2022-13-40T00:00:00Z\nheat: 99999999999\n---\n";
    List<String> found = findings(text).stream().filter(f -> !f.contains("SD101")).toList();
    assertEquals(
        List.of(
            "2:1 SD102 category",
            "3:1 SD102 title",
            "4:1 SD102 quality",
            "5:1 SD102 published",
            "6:1 SD102 provider",
            "7:1 SD102 topics",
            "8:10 SD102 images[0]",
            "9:1 SD104 publishedDateTime",
            "10:1 SD102 heat"),
        found);
  }

  @Test
  void duplicateKeysMergeKeysAndComplexKeysAreErrors() {
    String text = "---\ncategory: a\ncategory: b\n<<: {x: 1}\n? [a]\n: b\n---\n";
    List<String> found = findings(text).stream().filter(f -> !f.contains("SD101")).toList();
    assertEquals(List.of("3:1 SD006 category", "4:1 SD004 <<", "5:3 SD004 null"), found);
  }

  /** Found by RoundTripFuzzTest: the writer puts unknown keys last, after the list they mimic. */
  @Test
  void aKeySpeltLikeAnotherFieldsPathIsNotADuplicate() {
    String seed = Seeds.text(SEED);
    String tail = seed.substring(seed.indexOf("\nsecured:"));
    for (String key : List.of("topics[0]", "provider.name", "related[0].title")) {
      String after = seed.replace(tail, "\n" + key + ": x" + tail);
      String before = seed.replaceFirst("---\n", "---\n" + key + ": x\n");
      for (String text : List.of(after, before)) {
        List<String> found = findings(text);
        assertEquals(List.of("SD103 " + key), found.stream().map(f -> f.split(" ", 2)[1]).toList());
      }
    }
  }

  @Test
  void envelopeProblems() {
    assertEquals(List.of("1:1 SD002 null"), findings("title: x\n"));
    assertEquals(List.of("1:1 SD002 null"), findings("---\ntitle: x\n"));
    assertEquals(List.of("2:1 SD007 null"), findings("---\n---\n"));
    assertEquals(List.of("2:1 SD007 null"), findings("---\n- a\n---\n"));
    assertEquals(List.of("3:1 SD003 null"), findings("---\na: [b\n---\n"));
  }

  @Test
  void aByteOrderMarkAndCrlfAreWarnings() {
    String text = "\uFEFF" + Seeds.text(SEED).replace("quality: 37\n", "quality: 37\r\n");
    ParseResult result = reader.parse(text, "f.txt");
    assertEquals(
        List.of("1:1 SD008 null", "9:1 SD009 null"),
        result.findings().stream()
            .map(f -> f.line() + ":" + f.column() + " " + f.rule().id() + " " + f.field())
            .toList());
    assertFalse(result.hasErrors());
    assertTrue(result.findings().stream().noneMatch(Finding::isError));
  }

  @Test
  void commentsAreFoundButHashesInsideScalarsAreNot() {
    String seed = Seeds.text(SEED);
    assertFalse(
        reader
            .parse(seed.replace("category: news", "category: \"a # b\""), "f")
            .firstComment()
            .isPresent());
    assertFalse(
        reader
            .parse(seed.replace("category: news", "category: a#b"), "f")
            .firstComment()
            .isPresent());
    assertFalse(
        reader
            .parse(seed.replace("category: news", "category: |\n  a # b\n"), "f")
            .firstComment()
            .isPresent());
    assertEquals(
        new Position(2, 16),
        reader
            .parse(seed.replace("category: news", "category: news # x"), "f")
            .firstComment()
            .orElseThrow());
    assertEquals(
        new Position(2, 13),
        reader
            .parse(seed.replace("category: news", "category: | # x\n  a\n"), "f")
            .firstComment()
            .orElseThrow());
    assertEquals(
        new Position(2, 15),
        reader
            .parse(seed.replace("category: news", "category: \"😀\" # x"), "f")
            .firstComment()
            .orElseThrow());
    assertEquals(
        new Position(4, 3),
        reader
            .parse(seed.replace("title: \"Using", "title:\n  # x\n  \"Using"), "f")
            .firstComment()
            .orElseThrow());
  }

  @Test
  void everySourceKindGivesTheSameDocument() throws Exception {
    String seed = Seeds.text(SEED);
    SeedDocument fromString = reader.read(seed, "s");
    assertEquals(fromString, reader.read(new StringReader(seed), "r"));
    assertEquals(
        fromString,
        reader.read(
            new java.io.ByteArrayInputStream(
                seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "b"));
    assertEquals(fromString, reader.read(Seeds.folder().resolve(SEED)));
  }

  @Test
  void limitsAreConfigurable() {
    SeedReader strict = SeedReader.builder().maxDepth(2).build();
    SeedFormatException e =
        assertThrows(SeedFormatException.class, () -> strict.read(Seeds.text(SEED), "f"));
    assertEquals("SD005", e.findings().get(0).rule().id());
    assertThrows(
        IllegalArgumentException.class, () -> SeedReader.builder().maxScalarLength(0).build());
  }

  @Test
  void lineAndParagraphSeparatorEscapesAreReadOnlyInsideDoubleQuotes() {
    String text =
        "---\ncategory: a\\Lb\ntitle: \"x\\Ly\\Pz \\\\L\"\nexcerpt: 'q\\Lr'\ntype: \"\\L\" \nquality: \"\\L\\L\"\n---\n";
    ParseResult result = reader.parse(text, "f");
    SeedDocument d = result.document().orElseThrow();
    assertEquals("a\\Lb", d.category());
    assertEquals("x\u2028y\u2029z \\L", d.title());
    assertEquals("q\\Lr", d.excerpt());
    assertEquals("\u2028", d.type());
    Finding quality =
        result.findings().stream()
            .filter(f -> "quality".equals(f.field()))
            .findFirst()
            .orElseThrow();
    assertEquals("6:1 SD102", quality.line() + ":" + quality.column() + " " + quality.rule().id());
  }

  @Test
  void positionsAfterALineSeparatorEscapeStayExact() {
    String text = "---\ntitle: \"\\L\\L\"\nquality: {a: \"\\P\", b: [1}\n---\n";
    ParseResult result = reader.parse(text, "f");
    Finding syntax =
        result.findings().stream()
            .filter(f -> f.rule().id().equals("SD003"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "3:25", syntax.line() + ":" + syntax.column(), "at the '}' that should have been ']'");
  }

  @Test
  void aLoneCarriageReturnInTheFrontMatterIsAnErrorAtItsPosition() {
    assertEquals(List.of("3:9 SD003 null"), findings("---\ntitle: x\ntype: ar\rticle\n---\n"));
    assertEquals(List.of("2:10 SD003 null"), findings("---\ntitle: \"a\rb\"\n---\n"));
    assertEquals(
        "\na\rb\r",
        reader.read(Seeds.text(SEED) + "a\rb\r", "f").body(),
        "a body may hold lone CRs");
  }
}
