package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Finding;
import org.seeddoc.SeedReader;
import org.seeddoc.validation.SeedValidator;

/** A corpus looks like a real news feed, and gives no finding at all: not one false error. */
class SeedCorpusTest {
  @TempDir Path dir;

  @Test
  void aCorpusWithQueriesFragmentsPortsAndInternationalHostsValidatesWithoutAFinding()
      throws IOException {
    List<Path> files = SeedCorpus.write(dir, 1_000, 7);
    SeedReader reader = SeedReader.create();
    SeedValidator validator = SeedValidator.create();
    List<Finding> findings = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Path file : files) {
      findings.addAll(validator.validate(reader.parse(file)));
      all.append(Files.readString(file, StandardCharsets.UTF_8));
    }
    assertEquals(List.of(), findings);
    for (String feature :
        List.of(
            "#section-2\"",
            "?utm_source=rss",
            ":8443/",
            "https://www.süddeutsche.de/",
            "https://www.xn--bcher-kva.de/",
            "https://www.日本経済.jp/",
            "domain: bbc.co.uk",
            "cdnAmpWebUrl: ")) {
      assertTrue(all.indexOf(feature) >= 0, feature);
    }
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    List<Path> first = SeedCorpus.write(dir.resolve("a"), 50, 3);
    List<Path> second = SeedCorpus.write(dir.resolve("b"), 50, 3);
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
    }
  }
}
