package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;

class RenderingsTest {
  private static final SeedReader READER = SeedReader.create();

  /**
   * A comment quoting the start of the next line once cut an emoji's surrogate pair in half, which
   * made the rendering unreadable. The prefixes move the emoji across the cut for every key and
   * value style.
   */
  @Test
  void commentsNeverSplitACharacter() {
    String seed = SeedFixtures.REAL_SEEDS.get(0);
    SeedDocument real = READER.read(SeedFixtures.text(seed), seed);
    for (String prefix : new String[] {"", "a", "ab", "abc"}) {
      SeedDocument document =
          real.toBuilder().title(prefix + "\uD83D\uDC69\u200D\uD83D\uDCBB at work").build();
      for (long randomSeed = 0; randomSeed < 100; randomSeed++) {
        String text = Renderings.render(document, new Random(randomSeed));
        assertEquals(document, READER.read(text, "rendering " + randomSeed), text);
      }
    }
  }
}
