package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.testkit.SeedFixtures;
import org.seeddoc.validation.SeedValidator;

/**
 * {@code # seeddoc-ignore} comments on arbitrary text, at the end of a field's line, above a list
 * item and on a line of its own: validation never throws, every finding lies inside the file, an
 * error that makes the file unreadable is never silenced, and a comment costs at most one SD014.
 */
class SuppressionFuzzTest {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedValidator VALIDATOR = SeedValidator.create();
  private static final String SEED = SeedFixtures.text(SeedFixtures.REAL_SEEDS.get(1));

  @FuzzTest(maxDuration = "10m")
  void suppressionComments(FuzzedDataProvider data) {
    String a = oneLine(data.consumeString(2000));
    String b = oneLine(data.consumeString(2000));
    String c = oneLine(data.consumeRemainingAsString());
    // Now and then heat is no integer (SD102, fatal), so that a suppression has a reader error to
    // try.
    String text =
        SEED.replace("heat: ", a.startsWith("x") ? "heat: hot" : "heat: ")
            .replaceFirst(
                "heat: (\\S+)",
                java.util.regex.Matcher.quoteReplacement("heat: ")
                    + "$1"
                    + java.util.regex.Matcher.quoteReplacement(" # seeddoc-ignore " + a))
            .replace("topics:\n  - ", "topics:\n  # seeddoc-ignore " + b + "\n  - ")
            .replace("images:", "# seeddoc-ignore " + c + "\nimages:");
    ParseResult read = READER.parse(text, "fuzz");
    List<Finding> findings = VALIDATOR.validate(read);
    long lines = text.lines().count() + 1;
    for (Finding finding : findings) {
      assertTrue(
          finding.line() >= 1 && finding.line() <= lines && finding.column() >= 1,
          finding.toString());
    }
    long fatalRead = read.findings().stream().filter(f -> f.rule().isFatal()).count();
    long fatalLeft = findings.stream().filter(f -> f.rule().isFatal()).count();
    assertEquals(fatalRead, fatalLeft, "a fatal finding was silenced: " + findings);
    assertTrue(
        findings.stream().filter(f -> f.rule() == Rule.SUPPRESSION).count()
            <= read.comments().all().size(),
        findings.toString());
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
