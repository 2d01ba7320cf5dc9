package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;

/** Fuzz input steers the testkit's generators: replayable, within bounds, every kind of file. */
class FuzzInputTest {
  private static final int INPUTS = 300;
  private static final int RULE_INPUTS = 20_000;

  private static byte[] randomBytes(long seed, int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }

  @Test
  void theSameBytesGiveTheSameFiles() {
    for (int i = 0; i < INPUTS; i++) {
      byte[] bytes = randomBytes(i, 2_048);
      FuzzedFile first = FuzzInput.of(bytes).file();
      assertEquals(first, FuzzInput.of(bytes).file(), "input " + i);
    }
  }

  @Test
  void otherBytesGiveOtherFilesAndUsedUpInputGivesTheSmallestDocument() {
    FuzzInput empty = FuzzInput.of(new byte[0]);
    assertEquals(FuzzedFile.Kind.CANONICAL, empty.file().kind(), "every choice its minimum");
    Set<String> texts = new java.util.HashSet<>();
    for (int i = 0; i < INPUTS; i++) {
      texts.add(FuzzInput.of(randomBytes(i, 2_048)).file().text());
    }
    assertTrue(texts.size() > INPUTS * 9 / 10, texts.size() + " distinct files of " + INPUTS);
  }

  @Test
  void everyKindIsMadeAndValidKindsReadAsTheirDocuments() {
    Set<FuzzedFile.Kind> kinds = EnumSet.noneOf(FuzzedFile.Kind.class);
    SeedReader reader = SeedReader.create();
    for (int i = 0; i < INPUTS; i++) {
      FuzzedFile file = FuzzInput.of(randomBytes(i, 2_048)).file();
      kinds.add(file.kind());
      file.document()
          .ifPresent(document -> assertEquals(document, reader.read(file.text(), "fuzzed")));
    }
    assertEquals(EnumSet.allOf(FuzzedFile.Kind.class), kinds);
  }

  @Test
  void eachDrawIsOneChoiceWithinItsBounds() {
    List<long[]> asked = new ArrayList<>();
    int value =
        FuzzInput.of(
                (min, max) -> {
                  asked.add(new long[] {min, max});
                  return max;
                })
            .draw(SourceDSL.integers().between(3, 9));
    assertEquals(9, value);
    assertEquals(1, asked.size());
    assertEquals(List.of(3L, 9L), List.of(asked.get(0)[0], asked.get(0)[1]));
    IllegalStateException outside =
        assertThrows(
            IllegalStateException.class,
            () -> FuzzInput.of((min, max) -> max + 1).draw(SourceDSL.integers().between(3, 9)));
    assertEquals("the choice 10 is outside [3, 9]", outside.getMessage());
  }

  @Test
  void bytesAreReadAsFewAtATimeAsARangeNeeds() {
    ByteChoices choices = new ByteChoices(new byte[] {5, 1, 2, (byte) 0xFF});
    assertEquals(1, choices.applyAsLong(0, 3), "one byte, 5 mod 4");
    assertEquals(10 + 0x0102 % 1001, choices.applyAsLong(10, 1_010), "two bytes");
    assertEquals(Long.MIN_VALUE + 0xFF, choices.applyAsLong(Long.MIN_VALUE, Long.MAX_VALUE));
    assertEquals(7, choices.applyAsLong(7, 100), "used up: the minimum");
    assertNotEquals(
        FuzzInput.of(new byte[] {0, 0, 0, 0}).document(),
        FuzzInput.of(new byte[] {1, 0, 0, 0}).document(),
        "the first byte steers the first choice");
  }

  /**
   * The goal of docs/fuzzing.md: structure-aware input reaches every rule a file's content can
   * trigger, before any coverage feedback, from random bytes alone.
   */
  @Test
  void randomInputAloneReachesEveryRuleAFileCanTrigger() {
    Set<Rule> notFromContent = EnumSet.of(Rule.UNREADABLE, Rule.CONFIG, Rule.FILE_NAME);
    Set<Rule> reached = EnumSet.noneOf(Rule.class);
    for (int i = 0;
        i < RULE_INPUTS && reached.size() + notFromContent.size() < Rule.values().length;
        i++) {
      reached.addAll(RuleTally.rulesReached(FuzzInput.of(randomBytes(i, 4_096)).file().bytes()));
    }
    Set<Rule> missed = EnumSet.complementOf(EnumSet.copyOf(reached));
    missed.removeAll(notFromContent);
    assertEquals(Set.of(), missed, "rules no input reached");
  }
}
