package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.seeddoc.Finding;
import org.seeddoc.Provider;
import org.seeddoc.Rule;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.testkit.SeedFixtures;
import org.seeddoc.validation.SeedValidator;

/**
 * The secured, URL, domain and text rules on arbitrary strings: they never throw, name only rules
 * of the catalog, and never echo a long value back.
 */
class RulesFuzzTest {
  private static final SeedValidator VALIDATOR = SeedValidator.create();
  private static final SeedDocument BASE =
      SeedReader.create().read(SeedFixtures.text(SeedFixtures.REAL_SEEDS.get(1)), "base");

  /** Longer than any message template with a 60-character excerpt of a value. */
  private static final int MAX_MESSAGE = 300;

  @FuzzTest(maxDuration = "10m")
  void securedUrlsAndText(FuzzedDataProvider data) {
    String value = data.consumeRemainingAsString();
    SeedDocument document =
        BASE.toBuilder()
            .secured(Secured.parse(value))
            .originalUrl(value)
            .webUrl(value)
            .ampWebUrl(value)
            .cdnAmpWebUrl(value)
            .provider(Provider.of(value, value))
            .title(value)
            .build();
    for (Finding finding : VALIDATOR.validate(document, "fuzz")) {
      assertTrue(
          Arrays.stream(Rule.values()).anyMatch(rule -> rule.id().equals(finding.rule().id())),
          finding.rule().id());
      assertTrue(finding.message().length() <= MAX_MESSAGE, finding.message());
    }
  }
}
