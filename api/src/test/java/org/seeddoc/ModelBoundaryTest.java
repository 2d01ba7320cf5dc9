package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model records depend on nothing but the model: no import of, and no name from, the reader's
 * internals or the modules' shared package. A record that needs a check writes it beside itself
 * ({@code ModelValues}) or owns the rule and lets the pipeline ask it ({@code YamlValue.Scalar}).
 */
class ModelBoundaryTest {
  private static final Path SOURCES = Path.of("src/main/java/org/seeddoc");
  private static final Pattern RECORD =
      Pattern.compile("^\\s*(public\\s+)?record\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern BEYOND_THE_MODEL =
      Pattern.compile("org\\.seeddoc\\.(internal|spi)\\.[\\w.]+");

  @Test
  void theModelRecordsReachNoInternals() throws IOException {
    Map<String, List<String>> reached = new TreeMap<>();
    int records = 0;
    for (Path file : modelFiles()) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      if (!RECORD.matcher(source).find()) {
        continue;
      }
      records++;
      Matcher names = BEYOND_THE_MODEL.matcher(source);
      List<String> found = names.results().map(java.util.regex.MatchResult::group).toList();
      if (!found.isEmpty()) {
        reached.put(file.getFileName().toString(), found);
      }
    }
    // The records the model has today; a file that stops holding one would make the test vacuous.
    assertTrue(records >= 11, "model files with a record: " + records);
    assertEquals(Map.of(), reached);
  }

  @Test
  void theCheckCatchesAnImportOfTheSharedPackage() {
    String source =
        "package org.seeddoc;\nimport org.seeddoc.spi.SeedSchema;\npublic record X(int a) {}\n";
    assertTrue(RECORD.matcher(source).find());
    assertEquals(
        List.of("org.seeddoc.spi.SeedSchema"),
        BEYOND_THE_MODEL
            .matcher(source)
            .results()
            .map(java.util.regex.MatchResult::group)
            .toList());
  }

  private static List<Path> modelFiles() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
