package org.seeddoc.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus of {@code impl/src/test/fmt/}, as google-java-format keeps its own: each {@code
 * NAME.input} formats to exactly {@code NAME.output}, which formats to itself. Adding a case is
 * adding the two files.
 */
class FormatGoldenTest {
  private static Path corpus() {
    return Path.of(System.getProperty("seeddoc.seeds"), "..", "impl", "src", "test", "fmt");
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".input"))
          .map(name -> name.substring(0, name.length() - ".input".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theInputFormatsToTheOutputAndTheOutputToItself(String name) throws IOException {
    byte[] input = Files.readAllBytes(corpus().resolve(name + ".input"));
    Path output = corpus().resolve(name + ".output");
    assertTrue(Files.isRegularFile(output), name + ".input has no " + name + ".output");
    FormatResult formatted = SeedFormatter.create().format(input, name + ".input");
    assertEquals(FormatResult.Status.CHANGED, formatted.status(), formatted.findings().toString());
    assertEquals(Files.readString(output, StandardCharsets.UTF_8), formatted.text());
    assertEquals(
        FormatResult.Status.UNCHANGED,
        SeedFormatter.create().format(formatted.bytes(), name + ".output").status());
  }
}
