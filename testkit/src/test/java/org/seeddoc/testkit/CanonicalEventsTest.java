package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.seeddoc.SeedWriter;
import org.seeddoc.internal.yaml.CanonicalEvents;

/**
 * The reader's fast path takes the canonical layout, leaves the rest to SnakeYAML, and agrees with
 * it.
 */
class CanonicalEventsTest {
  private static final SeedWriter WRITER = SeedWriter.create();

  @Test
  void takesTheRealSeedsAndAgrees() {
    for (String seed : SeedFixtures.REAL_SEEDS) {
      assertTrue(SameEvents.asSnakeYaml(SameEvents.frontMatter(SeedFixtures.text(seed))), seed);
    }
  }

  @Test
  void takesEveryCanonicalFileAndAgrees() {
    Theories.qt()
        .forAll(ValidDocuments.documents().map(d -> WRITER.write(d)))
        .checkAssert(
            file -> assertTrue(SameEvents.asSnakeYaml(SameEvents.frontMatter(file)), file));
  }

  /**
   * Canonical front matter with a few characters inserted, deleted or replaced, by characters YAML
   * gives a meaning to: every such edit either leaves the subset or stays inside it, and where it
   * stays inside, the two parsers must still agree.
   */
  @Test
  void agreesOnEveryEditedCanonicalFileItTakes() {
    AtomicInteger taken = new AtomicInteger();
    Gen<String> edited =
        ValidDocuments.documents()
            .flatMap(
                d ->
                    Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
                        .map(
                            seed ->
                                edit(SameEvents.frontMatter(WRITER.write(d)), new Random(seed))));
    Theories.qt()
        .forAll(edited)
        .checkAssert(
            text -> {
              if (SameEvents.asSnakeYaml(text)) {
                taken.incrementAndGet();
              }
            });
    assertTrue(taken.get() > 0, "no edited file was taken, so none was compared");
  }

  private static final String SIGNIFICANT = " \n:-#\"\\[]{}'|>&*!?%@`,\t\rx9\u00e9\uD83D\uDE00";

  private static String edit(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    for (int edits = 1 + random.nextInt(3); edits > 0 && out.length() > 0; edits--) {
      int at = random.nextInt(out.length());
      char c = SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length()));
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, c);
        case 1 -> out.deleteCharAt(at);
        default -> out.setCharAt(at, c);
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: x\n",
        "a: x",
        "\n\na: x\n\n\n",
        "a: -5\nb: 2022-04-25T15:22:00Z\nc: EurekAlert!\nd: a:b,c[d]{e} f#g\n",
        "a: \"q\\\"z \\\\ \\n\\t\\r\\0\\e\\x7F\\u2028\\uFEFF 'single'\"\n",
        "a: \"\"\nb: []\nc: {}\n",
        "p:\n  name: N\n  domain: \"d\"\n\nt:\n  - AI\n  - \"B\"\nlast: 1\n",
        "images:\n  - url: \"u\"\n    w: 4\n  - {}\n  - []\n  - x\nnext: 1\n",
        "n:\n  - - x\n    - y\n  - - - z\n    - w: 1\n      v:\n        - q\n",
        "emoji: \"\uD83D\uDE00 \uD83D\uDE00\"\nplain\uD83D\uDE00: \u00E9t\u00E9\nafter: \"x\"\n",
        "e:\n  - - - \"\uD83D\uDE00\"\n  - k\uD83D\uDE00: \"\uD83D\uDE00\"\n    j: []\n    i: {}\n",
        "deep:\n    four: 1\n    five:\n         - nine\n",
        "<<: x\n",
      })
  void takesTheLayoutAndAgrees(String frontMatter) {
    assertTrue(SameEvents.asSnakeYaml(frontMatter));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\n",
        "a: x # comment\n",
        "# comment\na: x\n",
        "a:\tx\n",
        "a: x\r\n",
        "\"a\": x\n",
        "'a': x\n",
        "a: 'x'\n",
        "a: x\n  y\n",
        "a: \"x\n  y\"\n",
        "a:\n- x\n",
        "a:\nb: x\n",
        "a:\n",
        "--- a: x\n",
        "... a\n",
        "a: x \n",
        "a:  x\n",
        "a : x\n",
        "  \na: x\n",
        "  a: x\n",
        "a: b: c\n",
        "a: - x\n",
        "a: [x]\n",
        "a: [ ]\n",
        "a: |\n  x\n",
        "a: &anchor x\n",
        "a: !tag x\n",
        "a: *alias\n",
        "? a\n: x\n",
        "a: \"\\/\"\n",
        "a: \"\\uD800\"\n",
        "a: \"\\x4\"\n",
        "a: \"\\L\"\n",
        "a: x\n b: y\n",
        "a:\n  - x\n  b: y\n",
        "a:\n  -  x\n",
        "a:\n  -  k: x\n    j: y\n",
        "a: \u0085\n",
        "a: \uFEFF\n",
        "a: \uD800\n",
        "a: \u2028\n",
      })
  void leavesEverythingElseToSnakeYaml(String frontMatter) {
    assertFalse(SameEvents.asSnakeYaml(frontMatter));
  }

  @Test
  void leavesLongKeysAndFrontMatterOfManyEventsToSnakeYaml() {
    assertFalse(SameEvents.asSnakeYaml("k".repeat(129) + ": x\n"));
    assertTrue(SameEvents.asSnakeYaml("k".repeat(128) + ": x\n"));
    // Stream start and end, document start and end, mapping start and end, and two per entry.
    int entries = (CanonicalEvents.MAX_EVENTS - 6) / 2;
    assertTrue(SameEvents.asSnakeYaml("a: b\n".repeat(entries)));
    assertFalse(SameEvents.asSnakeYaml("a: b\n".repeat(entries + 1)));
  }
}
