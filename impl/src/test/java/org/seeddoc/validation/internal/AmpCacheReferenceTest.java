package org.seeddoc.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SD210 agrees with the AMP Project's own implementation. {@code
 * impl/src/test/amp-cache/golden.tsv} holds, for 2,500 generated URLs, the cache URL that
 * {@code @ampproject/toolbox-cache-url} 2.10.1 computes ({@code reference.js} beside it writes the
 * file; {@code .ci/url-references} runs it again and fails when the copy here is stale). Every URL
 * seeddoc accepts must give exactly the reference's cache URL; every URL it refuses must be refused
 * for one of the reasons {@code docs/rules.md} gives.
 */
class AmpCacheReferenceTest {
  /**
   * The reasons docs/rules.md (SD204) gives for refusing a URL whose cache URL the reference
   * computes anyway.
   */
  private static final Pattern DOCUMENTED_REFUSAL =
      Pattern.compile(
          "has a host that (holds the invisible character U\\+[0-9A-F]{4}|is not in its normal form, which is .*"
              + "|has a label longer than 63 characters|has a label that starts or ends with a hyphen"
              + "|mixes right-to-left and left-to-right text against IDNA2008's bidi rule"
              + "|has an 'xn--' label that is not valid Punycode of a valid label)"
              + "|has an IPv4 address with a leading zero, which browsers read as octal");

  @Test
  void everyAcceptedUrlGivesTheReferencesCacheUrlAndEveryRefusalIsDocumented() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("impl/src/test/amp-cache/golden.tsv"), StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 2000, "at least 2,000 URLs, found " + lines.size());
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    for (String line : lines) {
      String[] columns = line.split("\t", 2);
      WebUrl url = WebUrl.parse(columns[0]);
      if (url.problem() != null) {
        if (!DOCUMENTED_REFUSAL.matcher(url.problem()).matches()) {
          disagreements.add(columns[0] + " refused: " + url.problem());
        }
        continue;
      }
      accepted++;
      String ours = AmpCache.url(url);
      if (!ours.equals(columns[1])) {
        disagreements.add(columns[0] + "\n  reference " + columns[1] + "\n  seeddoc   " + ours);
      }
    }
    assertEquals(List.of(), disagreements, disagreements.size() + " disagreements");
    assertTrue(accepted >= 2000, "at least 2,000 URLs are compared, not refused: " + accepted);
  }
}
