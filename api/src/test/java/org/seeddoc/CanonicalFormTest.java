package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same document written in other YAML styles reads as the seed and writes as its bytes. */
class CanonicalFormTest {
  private static final String SEED = "004_04cd3372321c0f9e.txt";

  private final SeedReader reader = SeedReader.create();

  static Stream<Arguments> renderings() {
    String seed = Seeds.text(SEED);
    return Stream.of(
        Arguments.of(
            "flow mappings and sequences",
            seed.replace(
                    "provider:\n  name: EurekAlert!\n  domain: eurekalert.org\n",
                    "provider: {name: EurekAlert!, domain: eurekalert.org}\n")
                .replace("topics:\n  - AI\n", "topics: [AI]\n")),
        Arguments.of(
            "single-quoted scalars",
            seed.replace(
                    "title: \"Using AI to detect cancer from patient data securely\"",
                    "title: 'Using AI to detect cancer from patient data securely'")
                .replace("category: news", "category: 'news'")),
        Arguments.of(
            "unquoted URLs",
            seed.replace(
                    "webUrl: \"https://www.eurekalert.org/news-releases/950689\"",
                    "webUrl: https://www.eurekalert.org/news-releases/950689")
                .replace(
                    "ampWebUrl: \"https://www.benzinga.com/amp/content/26779769\"",
                    "ampWebUrl: https://www.benzinga.com/amp/content/26779769")),
        Arguments.of(
            "keys out of order",
            seed.replace("category: news\n", "")
                .replace("type: article\nquality: 37\n", "quality: 37\ntype: article\n")
                .replace("published: false\n", "published: false\ncategory: news\n")),
        Arguments.of(
            "comments",
            seed.replace("category: news\n", "# a comment line\ncategory: news # trailing\n")
                .replace("topics:\n", "topics: # list\n")),
        Arguments.of("CRLF line endings", seed.replace("\n", "\r\n").replaceFirst("\r\n\\z", "\n")),
        Arguments.of("a byte order mark", "\uFEFF" + seed),
        Arguments.of(
            "four-space indentation",
            seed.replace(
                    "provider:\n  name: EurekAlert!\n  domain: eurekalert.org\n",
                    "provider:\n    name: EurekAlert!\n    domain: eurekalert.org\n")
                .replace("topics:\n  - AI\n", "topics:\n    - AI\n")
                .replace(
                    "    provider:\n      name: Benzinga.com\n      domain: benzinga.com\n",
                    "    provider:\n        name: Benzinga.com\n        domain: benzinga.com\n")),
        Arguments.of(
            "extra blank lines and no blank lines",
            seed.replace("\n\nprovider:", "\nprovider:")
                .replace("type: article\n", "type: article\n\n\n")),
        Arguments.of(
            "a folded title and a literal excerpt",
            seed.replace(
                "title: \"Using AI to detect cancer from patient data securely\"",
                "title: >-\n  Using AI to detect cancer\n  from patient data securely")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void aNonCanonicalRenderingReadsAsTheSeedAndWritesItsBytes(String style, String rendering) {
    String seed = Seeds.text(SEED);
    assertTrue(!rendering.equals(seed), "the rendering must differ from the seed");
    SeedDocument canonical = reader.read(seed, SEED);
    SeedDocument document = reader.read(rendering, style);
    assertEquals(canonical, document);
    assertEquals(seed, SeedWriter.create().write(document));
  }
}
