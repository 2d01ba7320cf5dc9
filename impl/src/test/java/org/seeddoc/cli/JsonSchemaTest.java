package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/seed-document.schema.json is what 'seeddoc schema' prints today. */
class JsonSchemaTest {
  @Test
  void theShippedSchemaIsCurrent() throws IOException {
    CliRun run = CliRun.of("schema");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        Files.readString(Path.of("docs/seed-document.schema.json"), StandardCharsets.UTF_8),
        run.out(),
        "regenerate it: java -jar impl/target/seeddoc.jar schema > docs/seed-document.schema.json");
  }
}
