package org.seeddoc.testkit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's testkit example is MyExporterTest, which Maven compiles and runs like any test. */
class ReadmeShowsThisExampleTest {
  @Test
  void theReadmeShowsMyExporterTestVerbatim() throws IOException {
    Path root = Path.of(System.getProperty("seeddoc.seeds"), "..");
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String example =
        Files.readString(
            root.resolve("testkit/src/test/java/org/seeddoc/testkit/example/MyExporterTest.java"),
            StandardCharsets.UTF_8);
    String withoutPackage = example.substring(example.indexOf("\n\n") + 2);
    assertTrue(
        readme.contains("```java\n" + withoutPackage + "```"),
        "README.md must show MyExporterTest.java");
  }
}
