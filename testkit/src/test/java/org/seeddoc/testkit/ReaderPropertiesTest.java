package org.seeddoc.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.seeddoc.testkit.fuzz.SeedOracles;

/**
 * Whatever the input, the reader returns a result, and every finding in it is positioned inside the
 * input ({@link SeedOracles#parses}).
 */
class ReaderPropertiesTest {
  /** Characters YAML gives meaning to, and a few that break encodings and escapes. */
  private static final List<String> SPICE =
      List.of(
          ":", "- ", "[", "]", "{", "}", "#", "&a", "*a", "!", "|", ">", "'", "\"", "%", "@", "`",
          ",", "?", "\t", "\n", "\r\n", "---\n", "...\n", "\\", "\\L", "\\x", "\\u12", "😀",
          "\u2028", "\uFEFF", "\u0085", "<<: ", "  ", "null", "~", "\u0000", "\uD800");

  @Test
  void anyStringEndsInADocumentOrAPositionedError() {
    Theories.qt().forAll(texts()).checkAssert(text -> SeedOracles.parses(text));
  }

  @Test
  void anyBytesEndInADocumentOrAPositionedError() {
    Theories.qt()
        .forAll(texts(), integers().between(0, 255), integers().between(0, 10_000))
        .checkAssert(
            (text, junk, where) -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              if (bytes.length > 0) {
                bytes[where % bytes.length] = (byte) (int) junk;
              }
              SeedOracles.parses(bytes);
            });
  }

  /** Real seeds with a few edits, which reach far deeper than random text. */
  private static Gen<String> texts() {
    Gen<String> seed = Generate.pick(SeedFixtures.REAL_SEEDS).map(SeedFixtures::text);
    Gen<String> random = strings().allPossible().ofLengthBetween(0, 300);
    Gen<String> edited =
        in -> {
          StringBuilder text = new StringBuilder(seed.generate(in));
          for (int edits = integers().between(1, 6).generate(in); edits > 0; edits--) {
            int at = integers().between(0, text.length()).generate(in);
            switch (integers().between(0, 2).generate(in)) {
              case 0 -> text.insert(at, Generate.pick(SPICE).generate(in));
              case 1 ->
                  text.delete(
                      at, Math.min(text.length(), at + integers().between(1, 40).generate(in)));
              default ->
                  text.insert(
                      at,
                      text.substring(
                          at,
                          Math.min(text.length(), at + integers().between(1, 80).generate(in))));
            }
          }
          return text.toString();
        };
    return edited.mix(random, 20);
  }
}
