package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile or odd input that once passed silently, crashed a later step, or showed a secret. */
class HardeningTest {
  private static final SeedReader READER = SeedReader.create();
  private static final String SEED = Seeds.text("004_04cd3372321c0f9e.txt");

  private static List<String> findings(String text) {
    return READER.parse(text, "t.txt").findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule().id() + " " + f.message())
        .toList();
  }

  @Test
  void anEscapeThatMakesHalfASurrogatePairIsAnEncodingErrorAtItsScalar() {
    List<String> found = findings(SEED.replace("title: \"Using", "title: \"\\ud83d Using"));
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found.get(0).startsWith("3:8 SD001 an escape makes the unpaired surrogate U+D83D"),
        found.get(0));
    assertEquals(
        List.of(),
        findings(SEED.replace("title: \"Using", "title: \"\\ud83d\\ude00 Using")),
        "a whole pair is fine");
  }

  @Test
  void rawDelAndC1ControlsAreSyntaxErrorsWhileTheirEscapesAreFine() {
    assertEquals(
        List.of(
            "3:11 SD003 character U+007F is not allowed in YAML; write it as an escape inside double quotes"),
        findings(SEED.replace("title: \"Using", "title: \"Us\u007Fing")));
    assertEquals(
        List.of(
            "3:11 SD003 character U+0090 is not allowed in YAML; write it as an escape inside double quotes"),
        findings(SEED.replace("title: \"Using", "title: \"Us\u0090ing")));
    assertEquals(List.of(), findings(SEED.replace("title: \"Using", "title: \"Us\\x7Fing\\x90")));
    assertEquals(
        List.of(),
        findings(SEED.replace("title: \"Using", "title: \"Us\u0085ing")),
        "NEL is printable");
  }

  @Test
  void theScalarLimitCountsCodePointsNotUtf16Units() {
    String emoji = "😀".repeat(40_000);
    assertEquals(List.of(), findings(SEED.replace("title: \"Using", "title: \"" + emoji)));
    SeedReader strict = SeedReader.builder().maxScalarLength(39_999).build();
    assertEquals(
        Rule.LIMIT,
        strict
            .parse(SEED.replace("title: \"Using", "title: \"" + emoji), "t")
            .findings()
            .get(0)
            .rule());
  }

  @Test
  void everyDecimalIntegerWithALeadingZeroIsOneErrorWithTheDecimalAsFix() {
    for (String written : List.of("017", "0017", "0".repeat(60_000) + "17")) {
      List<Finding> found =
          READER.parse(SEED.replace("quality: 37", "quality: " + written), "t").findings();
      assertEquals(1, found.size(), found.toString());
      assertEquals(Rule.WRONG_TYPE, found.get(0).rule());
      assertEquals("17", found.get(0).fix());
    }
    assertEquals(
        "-7", READER.parse(SEED.replace("heat: 37", "heat: -007"), "t").findings().get(0).fix());
    assertEquals(List.of(), findings(SEED.replace("quality: 37", "quality: 0")));
    assertEquals(
        List.of(),
        findings(SEED.replace("quality: 37", "quality: 0x25")),
        "0x and 0o are not leading zeros");
  }

  @Test
  void theSecuredValueIsNeverShownBeyondSixteenCharacters() {
    SeedDocument document = READER.read(SEED, "t");
    String secured = document.secured().text();
    assertFalse(document.toString().contains(secured.substring(0, 17)), document.toString());
    assertTrue(
        document.secured().toString().startsWith("Secured[" + secured.substring(0, 16) + "… ("),
        document.secured().toString());
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class,
            () ->
                READER.read(
                    SEED.replace("secured: \"", "secured: [\"").replace("==\"\n---", "==\"\n---"),
                    "t"));
    assertFalse(e.getMessage().contains(secured.substring(0, 17)), e.getMessage());
    String atTheValue =
        SEED.replace("secured: \"" + secured + "\"", "secured: \"" + secured + "\" x: y");
    SeedFormatException syntax =
        assertThrows(SeedFormatException.class, () -> READER.read(atTheValue, "t"));
    assertFalse(syntax.getMessage().contains(secured.substring(0, 17)), syntax.getMessage());
  }

  @Test
  void aKeyTooLongForAnImplicitKeyIsWrittenExplicitlyAndReadsBack() {
    String key = "k".repeat(1_100);
    SeedDocument document =
        READER.read(SEED, "t").toBuilder()
            .unknownFields(
                List.of(
                    new UnknownField(key, new YamlValue.Scalar("v", true)),
                    new UnknownField(
                        "k2" + key,
                        new YamlValue.Sequence(List.of(new YamlValue.Scalar("a", true))))))
            .build();
    String written = SeedWriter.create().write(document);
    assertTrue(written.contains("\n? " + key + "\n: v\n"), "an explicit key");
    ParseResult again = READER.parse(written, "t");
    assertEquals(List.of(), again.findings().stream().filter(Finding::isError).toList());
    assertEquals(document, again.document().orElseThrow());
    assertEquals(
        written, SeedWriter.create().write(again.document().orElseThrow()), "and is canonical");
  }

  @Test
  void theWriterRefusesToGiveOutTextTheReaderWouldRefuse() {
    SeedDocument document = READER.read(SEED, "t");
    IllegalArgumentException scalar =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SeedWriter.create().write(document.toBuilder().title("t".repeat(70_000)).build()));
    assertTrue(
        scalar.getMessage().contains("longer than the reader's scalar limit of 65536"),
        scalar.getMessage());
    List<UnknownField> padding = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      padding.add(new UnknownField("pad" + i, new YamlValue.Scalar("\t".repeat(60_000), false)));
    }
    IllegalArgumentException size =
        assertThrows(
            IllegalArgumentException.class,
            () -> SeedWriter.create().write(document.toBuilder().unknownFields(padding).build()));
    assertTrue(
        size.getMessage().contains("more than the reader's limit of 1048576"), size.getMessage());
  }
}
