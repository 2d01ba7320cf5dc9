package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.testkit.SeedFixtures;
import org.seeddoc.validation.SeedValidator;

/**
 * Read, validate, write and read again, on real seeds with one line or value replaced by fuzzed
 * text: validation never throws, and a document read without errors writes and reads back as itself.
 */
class RoundTripFuzzTest {
  private static final SeedReader READER = SeedReader.create();
  private static final SeedWriter WRITER = SeedWriter.create();
  private static final SeedValidator VALIDATOR = SeedValidator.create();

  @FuzzTest(maxDuration = "10m")
  void readValidateWriteRead(FuzzedDataProvider data) {
    String seed = SeedFixtures.text(SeedFixtures.REAL_SEEDS.get(data.consumeInt(0, SeedFixtures.REAL_SEEDS.size() - 1)));
    String[] lines = seed.split("\n", -1);
    int line = data.consumeInt(1, lines.length - 3);
    String fuzzed = data.consumeString(500);
    int colon = lines[line].indexOf(": ");
    lines[line] = data.consumeBoolean() && colon > 0 ? lines[line].substring(0, colon + 2) + fuzzed : fuzzed;
    String text = String.join("\n", lines);

    ParseResult result = READER.parse(text, "fuzz");
    for (Finding finding : VALIDATOR.validate(result)) {
      assertTrue(finding.line() >= 1 && finding.column() >= 1, finding.toString());
    }
    if (!result.hasErrors()) {
      SeedDocument document = result.document().orElseThrow();
      String written = WRITER.write(document);
      SeedDocument again = READER.read(written, "written");
      assertEquals(document, again);
      assertEquals(written, WRITER.write(again));
    }
  }
}
