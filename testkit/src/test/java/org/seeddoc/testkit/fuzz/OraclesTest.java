package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.testkit.SeedFixtures;

/** The oracles pass what the library does and catch what a broken copy of it would do. */
class OraclesTest {
  private static final SeedDocument SEED =
      org.seeddoc.SeedReader.create()
          .read(SeedFixtures.text(SeedFixtures.REAL_SEEDS.get(0)), "seed");

  @Test
  void everyPromiseHoldsForTheSeedCorpus() {
    for (Map.Entry<String, byte[]> file : FuzzAssets.seedCorpus().entrySet()) {
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      assertDoesNotThrow(() -> LibraryOracles.holdFor(text), file.getKey());
    }
  }

  @Test
  void anExporterThatDropsRelatedArticlesIsCaughtAtTheirLine() {
    AssertionError caught =
        assertThrows(
            AssertionError.class,
            () -> SeedOracles.survives(SEED, d -> d.toBuilder().related(null).build()));
    assertEquals(
        "the documents differ at line 20 of their canonical text: expected related:, got secured: …",
        caught.getMessage().replaceFirst("secured: .*", "secured: …"));
  }

  @Test
  void aFindingOutsideTheFileIsCaught() {
    String text = "---\ntitle: x\n---\n";
    Finding pastTheEnd = new Finding(Rule.BLANK, "t", 5, 1, null, "m", null);
    Finding pastTheLine = new Finding(Rule.BLANK, "t", 2, 10, null, "m", null);
    Finding atTheEndOfTheLine = new Finding(Rule.BLANK, "t", 2, 9, null, "m", null);
    assertThrows(AssertionError.class, () -> SeedOracles.assertInside(List.of(pastTheEnd), text));
    assertThrows(AssertionError.class, () -> SeedOracles.assertInside(List.of(pastTheLine), text));
    assertDoesNotThrow(() -> SeedOracles.assertInside(List.of(atTheEndOfTheLine), text));
  }

  @Test
  void aDocumentThatReadsBackAsAnotherIsCaught() {
    assertDoesNotThrow(() -> SeedOracles.roundTrips(SEED));
    assertThrows(AssertionError.class, () -> SeedOracles.assertSameDocument(SEED, null));
  }
}
