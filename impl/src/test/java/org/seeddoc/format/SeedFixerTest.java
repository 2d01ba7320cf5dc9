package org.seeddoc.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.Fixes;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.validation.SeedValidator;

/**
 * The fixer: rounds until nothing changes, safe fixes only unless asked, and the formatter's
 * safety.
 */
class SeedFixerTest {
  private static String seed(String name) throws IOException {
    return Files.readString(
        Path.of(System.getProperty("seeddoc.seeds"), name), StandardCharsets.UTF_8);
  }

  @Test
  void aGuessIsLeftForAPersonUnlessUnsafeFixesAreAskedFor() throws IOException {
    byte[] mojibake = seed("000_d1aaf954cc0ce8f5.txt").getBytes(StandardCharsets.UTF_8);
    assertTrue(!Rule.MOJIBAKE.hasSafeFix());

    FormatResult safe = SeedFixer.create().fix(mojibake, "seed.txt");
    assertEquals(FormatResult.Status.UNCHANGED, safe.status());
    assertEquals(List.of(Rule.MOJIBAKE), safe.findings().stream().map(Finding::rule).toList());
    assertEquals(List.of(), safe.fixed());

    FormatResult unsafe = SeedFixer.builder().unsafeFixes(true).build().fix(mojibake, "seed.txt");
    assertEquals(FormatResult.Status.CHANGED, unsafe.status());
    assertEquals(List.of(Rule.MOJIBAKE), unsafe.fixed().stream().map(Finding::rule).toList());
    assertTrue(unsafe.text().contains("a patient’s vertebra"), unsafe.text());
    assertEquals(List.of(), unsafe.findings());
  }

  /** Found by RoundTripFuzzTest: an unknown key whose name is no field path ("topics[x"). */
  @Test
  void anUnknownKeyThatIsNoPathIsLeftForAPerson() throws IOException {
    String text = seed("004_04cd3372321c0f9e.txt").replace("topics:\n", "topics[x: AI\ntopics:\n");
    FormatResult fixed =
        SeedFixer.builder()
            .unsafeFixes(true)
            .build()
            .fix(text.getBytes(StandardCharsets.UTF_8), "f.txt");
    assertEquals(FormatResult.Status.CHANGED, fixed.status(), "unknown keys go last");
    assertEquals(List.of(Rule.UNKNOWN_KEY), fixed.findings().stream().map(Finding::rule).toList());
  }

  /**
   * Found by StructuredFuzzTest: a file fixed only by formatting (nothing for a fix to do) is
   * rewritten, and what is left for a person must point into the new text, not the old one.
   */
  @Test
  void whatIsLeftAfterARewriteIsPositionedInTheNewText() throws IOException {
    String seed = seed("004_04cd3372321c0f9e.txt");
    String text = seed.replace("topics:\n  - AI\n", "topics: [AI, AI]\n");
    FormatResult fixed = SeedFixer.create().fix(text.getBytes(StandardCharsets.UTF_8), "f.txt");
    assertEquals(FormatResult.Status.CHANGED, fixed.status(), "the flow list goes");
    assertEquals(List.of(), fixed.fixed());
    assertEquals(
        SeedValidator.create().validate(SeedReader.create().parse(fixed.bytes(), "f.txt")),
        fixed.findings());
    assertEquals(
        List.of(Rule.DUPLICATE_TOPIC), fixed.findings().stream().map(Finding::rule).toList());
  }

  @Test
  void aFixThatUncoversAnotherIsAppliedInTheNextRoundAndASecondRunChangesNothing()
      throws IOException {
    // http for ampWebUrl: SD205's fix gives https, and the AMP Cache URL of the https page is
    // another (SD210).
    String http =
        seed("004_04cd3372321c0f9e.txt")
            .replace(
                "ampWebUrl: \"https://www.benzinga.com/amp/content/26779769\"",
                "ampWebUrl: \"http://www.benzinga.com/amp/content/26779769\"")
            .replace(
                "cdnAmpWebUrl: \"https://www-benzinga-com.cdn.ampproject.org/c/s/www.benzinga.com/amp/content/26779769\"",
                "cdnAmpWebUrl: \"https://www-benzinga-com.cdn.ampproject.org/c/www.benzinga.com/amp/content/26779769\"");
    SeedValidator validator = SeedValidator.create();
    FormatResult fixed =
        SeedFixer.builder()
            .validator(validator)
            .build()
            .fix(http.getBytes(StandardCharsets.UTF_8), "http.txt");
    assertEquals(FormatResult.Status.CHANGED, fixed.status(), fixed.findings().toString());
    assertTrue(
        fixed.fixed().stream()
            .map(Finding::rule)
            .toList()
            .containsAll(List.of(Rule.HTTP, Rule.AMP_CACHE_MISMATCH)),
        fixed.fixed().toString());
    assertTrue(fixed.text().contains("/c/s/www.benzinga.com/amp/content/26779769\""), fixed.text());
    List<Finding> left = validator.check(fixed.bytes(), "fixed.txt", null).findings();
    assertTrue(left.stream().noneMatch(Fixes::isFixable), left.toString());
    assertEquals(
        FormatResult.Status.UNCHANGED, SeedFixer.create().fix(fixed.bytes(), "fixed.txt").status());
  }

  @Test
  void aFileWithAnErrorNoFixMendsIsRefused() throws IOException {
    String bad = seed("004_04cd3372321c0f9e.txt").replace("quality: 37", "quality: 370");
    FormatResult result = SeedFixer.create().fix(bad.getBytes(StandardCharsets.UTF_8), "bad.txt");
    assertEquals(FormatResult.Status.REFUSED, result.status());
    assertTrue(
        result.findings().stream().anyMatch(f -> f.rule() == Rule.RANGE),
        result.findings().toString());
  }
}
