package org.seeddoc.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.seeddoc.ParseResult;
import org.seeddoc.testkit.SeedFixtures;

/**
 * Read, validate, write and read again, on real seeds with one line or value replaced by fuzzed
 * text, or a fuzzed comment added: validation, formatting and fixing never throw (formatting twice
 * changes nothing the second time), and a document read without errors writes and reads back as
 * itself, with every comment the canonical layout has a place for ({@link LibraryOracles}, {@link
 * SeedOracles#roundTrips(ParseResult)}).
 */
class RoundTripFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readValidateWriteRead(FuzzedDataProvider data) {
    String seed =
        SeedFixtures.text(
            SeedFixtures.REAL_SEEDS.get(data.consumeInt(0, SeedFixtures.REAL_SEEDS.size() - 1)));
    String[] lines = seed.split("\n", -1);
    int line = data.consumeInt(1, lines.length - 3);
    String fuzzed = data.consumeString(500);
    int colon = lines[line].indexOf(": ");
    lines[line] =
        switch (data.consumeInt(0, 2)) {
          case 0 -> colon > 0 ? lines[line].substring(0, colon + 2) + fuzzed : fuzzed;
          // A comment at the end of the line, or one on a line of its own before it, at any
          // indentation.
          case 1 -> lines[line] + " #" + fuzzed;
          default -> " ".repeat(data.consumeInt(0, 8)) + "#" + fuzzed + "\n" + lines[line];
        };
    String text = String.join("\n", lines);

    ParseResult result = SeedOracles.parses(text);
    LibraryOracles.validates(result, text);
    LibraryOracles.formats(text);
    LibraryOracles.fixes(text);
    SeedOracles.roundTrips(result);
  }
}
