package org.seeddoc.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;

/** The shipped dictionary, options and seed corpus are well-formed and complete. */
class FuzzAssetsTest {
  private static final Path READER_INPUTS =
      Path.of("src/test/resources/org/seeddoc/testkit/fuzz/ReaderFuzzTestInputs/rawBytes");

  /** libFuzzer's dictionary syntax: an optional name, then a quoted string with \\, \" and \xNN. */
  private static final Pattern ENTRY =
      Pattern.compile("([A-Za-z0-9_]+=)?\"((?:[^\"\\\\]|\\\\\\\\|\\\\\"|\\\\x[0-9a-fA-F]{2})*)\"");

  @Test
  void everyDictionaryLineIsAnEntryACommentOrBlank() {
    for (String line : FuzzAssets.dictionary().split("\n")) {
      assertTrue(
          line.isBlank() || line.startsWith("#") || ENTRY.matcher(line).matches(),
          "not a libFuzzer dictionary line: " + line);
    }
  }

  @Test
  void theDictionaryHasEveryKeyOfTheFormat() {
    Set<String> entries = new TreeSet<>();
    for (String line : FuzzAssets.dictionary().split("\n")) {
      var entry = ENTRY.matcher(line);
      if (entry.matches()) {
        entries.add(entry.group(2));
      }
    }
    Set<String> missing = new TreeSet<>();
    for (RecordSchema<?, ?> schema : SeedSchema.ALL) {
      for (String key : schema.keys()) {
        if (!entries.contains(key + ": ") && !entries.contains(key + ":")) {
          missing.add(key);
        }
      }
    }
    assertEquals(Set.of(), missing, "keys the dictionary lacks");
  }

  @Test
  void theOptionsNameTheDictionaryAndStayUnderTheReadersLimit() {
    List<String> lines = FuzzAssets.options().lines().toList();
    assertTrue(lines.contains("[libfuzzer]"), lines.toString());
    assertTrue(lines.contains("dict = seeddoc.dict"), lines.toString());
    int maxLen =
        lines.stream()
            .filter(l -> l.startsWith("max_len = "))
            .map(l -> Integer.parseInt(l.substring("max_len = ".length())))
            .findFirst()
            .orElseThrow();
    assertTrue(maxLen <= 1 << 20, "max_len " + maxLen + " over the reader's 1 MiB");
  }

  @Test
  void theSeedCorpusIsTheReadersInputsByteForByte() throws IOException {
    Map<String, byte[]> corpus = FuzzAssets.seedCorpus();
    List<Path> files;
    try (Stream<Path> listed = Files.list(READER_INPUTS)) {
      files = listed.sorted().toList();
    }
    assertEquals(
        files.stream().map(f -> f.getFileName().toString()).toList(),
        List.copyOf(corpus.keySet()),
        "corpus.index lists the reader's inputs");
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(file), corpus.get(file.getFileName().toString()));
    }
  }
}
