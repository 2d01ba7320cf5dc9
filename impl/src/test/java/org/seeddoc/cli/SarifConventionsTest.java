package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF as code scanning wants it: fixes, each rule's help, and at most 25,000 results with a
 * notice.
 */
class SarifConventionsTest {
  /**
   * GitHub code scanning takes at most this many results of a run, as its SARIF documentation says.
   */
  private static final int GITHUB_MAX_RESULTS = 25_000;

  private static Schema schema;
  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        SarifConventionsTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private String seed() throws IOException {
    return CliRun.realSeed("004_04cd3372321c0f9e.txt");
  }

  @Test
  void aFixableFindingCarriesAFixThatIsTheFileWithTheFixApplied() throws IOException {
    String seed = seed();
    Path file =
        CliRun.write(
            dir,
            "100_0000000000000000.txt",
            seed.replace("originalUrl: \"https://", "originalUrl: \"http://"));
    String out = CliRun.of("check", "--format", "sarif", file.toString()).out();
    assertEquals(List.of(), schema.validate(out, InputFormat.JSON), out);
    JsonNode run = JsonMapper.builder().build().readTree(out).get("runs").get(0);
    JsonNode fix = run.get("results").get(0).get("fixes").get(0);
    JsonNode replacement = fix.get("artifactChanges").get(0).get("replacements").get(0);
    assertEquals(0, replacement.get("deletedRegion").get("charOffset").asInt());
    assertEquals(seed, replacement.get("insertedContent").get("text").asString());
    JsonNode sd205 =
        run.get("tool").get("driver").get("rules").get(org.seeddoc.Rule.HTTP.ordinal());
    assertTrue(
        sd205.get("help").get("markdown").asString().contains("**Fixable:** yes"),
        sd205.toString());
  }

  @Test
  void moreThan25000ResultsAreCutWithANotice() throws IOException {
    StringBuilder topics = new StringBuilder("topics:\n");
    for (int i = 0; i < 100; i++) {
      topics.append("  - \"\"\n");
    }
    String many = seed().replace("topics:\n  - AI\n", topics.toString());
    for (int i = 0; i < 126; i++) {
      CliRun.write(dir, String.format("%03d_0000000000000000.txt", i), many);
    }
    String out = CliRun.of("check", "--format", "sarif", dir.toString()).out();
    JsonNode run = JsonMapper.builder().build().readTree(out).get("runs").get(0);
    assertEquals(GITHUB_MAX_RESULTS, run.get("results").size());
    String notice =
        run.get("invocations")
            .get(0)
            .get("toolExecutionNotifications")
            .get(0)
            .get("message")
            .get("text")
            .asString();
    assertTrue(
        notice.startsWith((126 * 199 - GITHUB_MAX_RESULTS) + " more findings are not in this log"),
        notice);
  }
}
