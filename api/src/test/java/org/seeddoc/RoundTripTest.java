package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  private final SeedReader reader = SeedReader.create();
  private final SeedWriter writer = SeedWriter.create();

  static List<Path> seeds() {
    return Seeds.all();
  }

  @Test
  void bothRealSeedsArePresent() {
    assertEquals(2, seeds().size());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void writingARealSeedGivesBackItsBytes(Path seed) throws IOException {
    byte[] original = Files.readAllBytes(seed);
    SeedDocument document = reader.read(seed);
    assertArrayEquals(original, writer.write(document).getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void realSeedsReadWithoutFindings(Path seed) throws IOException {
    assertEquals(List.of(), reader.parse(seed).findings());
  }

  @Test
  void theFirstSeedReadsAsItsFields() throws IOException {
    SeedDocument d = reader.read(Seeds.folder().resolve("000_d1aaf954cc0ce8f5.txt"));
    assertEquals("news", d.category());
    assertEquals("AI can predict bone fractures in cancer patients", d.title());
    assertEquals(Instant.parse("2022-05-06T12:29:00Z"), d.publishedDateTime());
    assertEquals(17, d.quality());
    assertEquals(-1, d.heat());
    assertFalse(d.published());
    assertEquals(Provider.of("IET", "theiet.org"), d.provider());
    assertEquals(List.of("AI"), d.topics());
    assertEquals(null, d.images(), "the file has no images key, so images are absent, not empty");
    assertEquals(1, d.related().size());
    RelatedArticle related = d.related().get(0);
    assertEquals(Provider.of("News Medical", "news-medical.net"), related.provider());
    assertEquals(
        List.of(
            Image.of(
                "https://d2jx2rerrg6sh3.cloudfront.net/image-handler/picture/2014/7/174318220-620x480.jpg",
                620,
                480,
                true)),
        related.images());
    assertEquals("0k+4j0QcHahQ5GjD8YxjkA==", d.secured().nonce());
    assertEquals(16, d.secured().nonceBytes().length);
    assertEquals("\n", d.body());
  }

  @Test
  void absentAndEmptyListsStayDifferentThroughARoundTrip() {
    SeedDocument withEmpty = sample().toBuilder().topics(List.of()).images(null).build();
    String written = writer.write(withEmpty);
    assertTrue(written.contains("\ntopics: []\n"), written);
    assertFalse(written.contains("images"), written);
    assertEquals(withEmpty, reader.read(written, "memory"));
  }

  @Test
  void unknownFieldsAreKeptInOrderBeforeSecured() {
    String text =
        Seeds.text("004_04cd3372321c0f9e.txt")
            .replace(
                "\nsecured:",
                "zeta: 0x1F\nalpha:\n  - 'one'\n  - {b: [1, [2, 3]], c: }\n  - []\nempty: {}\n\nsecured:");
    SeedDocument document = reader.read(text, "memory");
    assertEquals(
        List.of("zeta", "alpha", "empty"),
        document.unknownFields().stream().map(UnknownField::key).toList());
    assertEquals(new YamlValue.Scalar("0x1F", true), document.unknownFields().get(0).value());
    String written = writer.write(document);
    assertTrue(
        written.contains(
            "\nzeta: 0x1F\nalpha:\n  - \"one\"\n  - b:\n      - 1\n      - - 2\n        - 3\n    c:\n  - []\nempty: {}\n\nsecured:"),
        written);
    assertEquals(document, reader.read(written, "memory"));
    assertEquals(written, writer.write(reader.read(written, "memory")));
  }

  @Test
  void unknownFieldsOfNestedMappingsAreKept() {
    String text =
        Seeds.text("004_04cd3372321c0f9e.txt")
            .replace("  domain: eurekalert.org\n", "  domain: eurekalert.org\n  country: US\n")
            .replace(
                "    isCached: true\n\nrelated",
                "    isCached: true\n    alt: \"A scan\"\n\nrelated");
    SeedDocument document = reader.read(text, "memory");
    assertEquals(
        List.of(new UnknownField("country", new YamlValue.Scalar("US", true))),
        document.provider().unknownFields());
    assertEquals(
        List.of(new UnknownField("alt", new YamlValue.Scalar("A scan", false))),
        document.images().get(0).unknownFields());
    assertEquals(text, writer.write(document));
  }

  @Test
  void aPlainUnknownScalarFoldedOverABlankLineIsWrittenQuotedAndReadsBack() {
    String text =
        Seeds.text("004_04cd3372321c0f9e.txt")
            .replace("\nsecured:", "note: first\n\n  second\n\nsecured:");
    SeedDocument document = reader.read(text, "memory");
    assertEquals(
        new YamlValue.Scalar("first\nsecond", false), document.unknownFields().get(0).value());
    String written = writer.write(document);
    assertTrue(written.contains("\nnote: \"first\\nsecond\"\n"), written);
    assertEquals(document, reader.read(written, "written"));
  }

  @Test
  void scalarsThatNoPlainYamlCanHoldAreNeverPlain() {
    for (String text :
        List.of(
            "a\nb",
            " a",
            "a ",
            "a: b",
            "a #b",
            "a:",
            "[a",
            "#a",
            "&a",
            "*a",
            "!a",
            "|a",
            ">a",
            "'a",
            "\"a",
            "%a",
            "@a",
            "`a",
            "- a",
            "-",
            "?",
            "a\u0007b")) {
      assertFalse(new YamlValue.Scalar(text, true).plain(), text);
    }
    for (String text :
        List.of("", "a", "-1", "?a", ":a", "a:b", "a#b", "0x1F", "true", "a b", "😀")) {
      assertTrue(new YamlValue.Scalar(text, true).plain(), text);
    }
  }

  @Test
  void theBodyIsKeptExactlyWithItsOwnLineEndings() {
    String body = "# Heading\r\n\r\n---\r\nmore --- text\n\u00e9\t";
    SeedDocument document = sample().toBuilder().body(body).build();
    assertEquals(body, reader.read(writer.write(document), "memory").body());
  }

  static SeedDocument sample() {
    return SeedDocument.builder()
        .category("news")
        .title("A \"quoted\" title \\ with a backslash")
        .excerpt("")
        .publishedDateTime(Instant.parse("2024-02-29T23:59:59Z"))
        .originalUrl("https://example.org/a")
        .webUrl("https://example.org/a")
        .type("article")
        .quality(0)
        .heat(-1)
        .published(true)
        .provider(Provider.of("Example", "example.org"))
        .secured(Secured.parse("AAAAAAAAAAAAAAAAAAAAAA==;AAAAAAAAAAAAAAAAAAAAAA=="))
        .body("\n")
        .build();
  }
}
