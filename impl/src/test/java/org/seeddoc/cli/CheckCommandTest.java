package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {
  private static final String SEED = "004_04cd3372321c0f9e.txt";
  private static final String MOJIBAKE_SEED = "000_d1aaf954cc0ce8f5.txt";

  @TempDir Path dir;
  private String seed;

  @BeforeEach
  void copySeeds() throws IOException {
    CliRun.copyRealSeeds(dir);
    seed = Files.readString(dir.resolve(SEED), StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    return CliRun.write(dir, name, text);
  }

  /** A folder with one good file, one with an error and a warning, and one that is not YAML. */
  private void badFiles() throws IOException {
    write(
        "100_aaaaaaaaaaaaaaaa.txt",
        seed.replace("quality: 37", "quality: 101").replace("  - AI\n", "  - AI\n  - AI\n"));
    write("101_bbbbbbbbbbbbbbbb.txt", "---\ntitle: [unclosed\n---\n");
  }

  /** The mojibake seed's excerpt, repaired: the fix of its SD214 finding, shown in full. */
  private static final String REPAIRED_EXCERPT =
      "A team of US researchers has used artificial intelligence (AI) to create a"
          + " digital twin of a patient’s vertebra that will be able to predict the risk of bone fracture in people who"
          + " have suffered from cancer. As medicine continues to embrace machine ...";

  @Test
  void theRealSeedsPassWithTheMojibakeWarningAndItsFixInFull() {
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(
        dir.resolve(MOJIBAKE_SEED)
            + ":4:1: warning [SD214] 'excerpt' looks like UTF-8 read as Windows-1252: "
            + "\"…of a patientâ€™s vertebra th…\" should read \"…of a patient’s vertebra that…\"\n"
            + "    excerpt: \"A team of US researchers has used artificial intelligence (AI) to crea\n"
            + "    ^\n"
            + "  fix (unsafe): "
            + REPAIRED_EXCERPT
            + "\n"
            + "2 files, 0 errors, 1 warning\n"
            + "1 fixable with --unsafe-fixes\n",
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void everyFindingOfEveryFileInOrderAndGoingOnAfterAnUnreadableFile() throws IOException {
    badFiles();
    CliRun run = CliRun.of("check", "--no-source", dir.toString());
    assertEquals(1, run.exitCode());
    List<String> lines = run.out().lines().map(l -> l.replace(dir + "/", "")).toList();
    assertEquals(
        List.of(
            "000_d1aaf954cc0ce8f5.txt:4:1: warning [SD214]",
            "  fix (unsafe): " + REPAIRED_EXCERPT,
            "100_aaaaaaaaaaaaaaaa.txt:9:1: error [SD203]",
            "100_aaaaaaaaaaaaaaaa.txt:19:5: warning [SD213]",
            "101_bbbbbbbbbbbbbbbb.txt:3:1: error [SD003]",
            "4 files, 2 errors, 2 warnings",
            "1 fixable with --unsafe-fixes"),
        lines.stream().map(l -> l.contains("[") ? l.substring(0, l.indexOf(']') + 1) : l).toList());
  }

  @Test
  void theOutputIsTheSameWhateverTheNumberOfJobs() throws IOException {
    badFiles();
    for (int i = 0; i < 30; i++) {
      write(
          String.format("2%02d_cccccccccccccccc.txt", i),
          seed.replace("heat: 37", "heat: " + (90 + i)));
    }
    String one = CliRun.of("check", "--jobs", "1", dir.toString()).out();
    assertEquals(one, CliRun.of("check", "--jobs", "4", dir.toString()).out());
    assertEquals(one, CliRun.of("check", "--jobs", "7", dir.toString()).out());
    assertTrue(
        one.endsWith("34 files, 21 errors, 2 warnings\n1 fixable with --unsafe-fixes\n"), one);
  }

  @Test
  void strictFailsOnWarnings() {
    assertEquals(0, CliRun.of("check", dir.toString()).exitCode());
    assertEquals(1, CliRun.of("check", "--strict", dir.toString()).exitCode());
    assertEquals(0, CliRun.of("check", "--strict", dir.resolve(SEED).toString()).exitCode());
  }

  @Test
  void fileNamesAreCheckedOnlyInFolders() throws IOException {
    Path odd = write("article.txt", seed);
    CliRun folder = CliRun.of("check", dir.toString());
    assertTrue(folder.out().contains(odd + ":1:1: warning [SD215] "), folder.out());
    CliRun named = CliRun.of("check", odd.toString());
    assertEquals("1 file, 0 errors, 0 warnings\n", named.out());
  }

  @Test
  void usageErrors() {
    assertEquals(2, CliRun.of("check", dir.resolve("missing").toString()).exitCode());
    assertEquals(2, CliRun.of("check", "--format", "xml", dir.toString()).exitCode());
    assertEquals(2, CliRun.of("check", "--jobs", "0", dir.toString()).exitCode());
    assertEquals(
        0,
        CliRun.of("check", "--format", "JSON", dir.toString()).exitCode(),
        "formats ignore case");
  }

  @Test
  void jsonOutput() throws IOException {
    badFiles();
    CliRun run = CliRun.of("check", "--format", "json", dir.toString());
    assertEquals(1, run.exitCode());
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertEquals(4, json.get("files").asInt());
    assertEquals(2, json.get("errors").asInt());
    assertEquals(2, json.get("warnings").asInt());
    JsonNode mojibake = json.get("findings").get(0);
    assertEquals(dir.resolve(MOJIBAKE_SEED).toString(), mojibake.get("file").asString());
    assertEquals(4, mojibake.get("line").asInt());
    assertEquals(1, mojibake.get("column").asInt());
    assertEquals("warning", mojibake.get("severity").asString());
    assertEquals("SD214", mojibake.get("rule").asString());
    assertEquals("excerpt", mojibake.get("field").asString());
    assertTrue(mojibake.get("fix").asString().contains("patient’s"));
    JsonNode syntax = json.get("findings").get(3);
    assertTrue(syntax.get("field").isNull());
    assertTrue(syntax.get("fix").isNull());
  }

  @Test
  void sarifOutputIsValidAgainstTheOfficialSchema() throws IOException {
    badFiles();
    CliRun run = CliRun.of("check", "--format", "sarif", dir.toString());
    assertEquals(1, run.exitCode());
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    List<Error> errors = schema.validate(run.out(), InputFormat.JSON);
    assertEquals(List.of(), errors, run.out());

    JsonNode sarif = JsonMapper.builder().build().readTree(run.out());
    JsonNode runNode = sarif.get("runs").get(0);
    assertEquals("unicodeCodePoints", runNode.get("columnKind").asString());
    assertEquals(
        org.seeddoc.Rule.values().length, runNode.get("tool").get("driver").get("rules").size());
    JsonNode result = runNode.get("results").get(1);
    assertEquals("SD203", result.get("ruleId").asString());
    assertEquals("error", result.get("level").asString());
    JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(9, region.get("startLine").asInt());
    assertEquals(1, region.get("startColumn").asInt());
    assertEquals(
        "SD203",
        runNode
            .get("tool")
            .get("driver")
            .get("rules")
            .get(result.get("ruleIndex").asInt())
            .get("id")
            .asString());
  }

  /**
   * Every rule's helpUri lands on its section of docs/rules.md: its fragment is the anchor GitHub
   * gives that section's heading, derived here on its own (lower case; everything but letters,
   * digits, spaces, '-' and '_' dropped; spaces to '-'), and checked against anchors GitHub shows.
   */
  @Test
  void sarifHelpLinksLandOnTheRulesSections() throws IOException {
    String rules =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "..", "docs", "rules.md"),
            StandardCharsets.UTF_8);
    java.util.Map<String, String> anchors = new java.util.HashMap<>();
    for (String line : rules.lines().filter(l -> l.startsWith("## SD")).toList()) {
      StringBuilder anchor = new StringBuilder();
      line.substring(3)
          .toLowerCase(java.util.Locale.ROOT)
          .codePoints()
          .filter(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')
          .forEach(c -> anchor.appendCodePoint(c == ' ' ? '-' : c));
      anchors.put(line.substring(3, 8), anchor.toString());
    }
    assertEquals("sd001--encoding-error", anchors.get("SD001"));
    assertEquals("sd010--not-canonical-error-fmt---check-only", anchors.get("SD010"));
    assertEquals("sd211--weburl-not-on-the-providers-domain-warning", anchors.get("SD211"));
    JsonNode rulesNode =
        JsonMapper.builder()
            .build()
            .readTree(CliRun.of("check", "--format", "sarif", dir.resolve(SEED).toString()).out())
            .get("runs")
            .get(0)
            .get("tool")
            .get("driver")
            .get("rules");
    for (JsonNode rule : rulesNode) {
      String id = rule.get("id").asString();
      assertEquals(
          "https://github.com/seeddoc/seeddoc/blob/main/docs/rules.md#" + anchors.get(id),
          rule.get("helpUri").asString(),
          id);
    }
  }

  @Test
  void theTextFormatShowsEveryFixInFullOnItsOwnLine() throws IOException {
    String amp =
        seed.replace(
                "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\n",
                "webUrl: \"https://www.eurekalert.org/news-releases/950689\"\nampWebUrl: \"http://www.eurekalert.org/amp/news-releases/950689-cancer-research-with-a-long-path?x=1#section-1\"\n"
                    + "cdnAmpWebUrl: \"https://www-eurekalert-org.cdn.ampproject.org/c/s/www.eurekalert.org/amp\"\n")
            .replace("title: \"Using", "title: \" Using");
    Path file = write("x.txt", amp);
    List<String> lines = CliRun.of("check", "--no-source", file.toString()).out().lines().toList();
    assertEquals(
        List.of(
            file + ":3:1: warning [SD202] 'title' has leading or trailing white space",
            "  fix: Using AI to detect cancer from patient data securely",
            file + ":8:1: warning [SD205] 'ampWebUrl' uses http; use https",
            "  fix: https://www.eurekalert.org/amp/news-releases/950689-cancer-research-with-a-long-path?x=1#section-1"),
        lines.subList(0, 4));
    assertTrue(
        lines
            .get(4)
            .startsWith(
                file
                    + ":9:1: error [SD210] 'cdnAmpWebUrl' is not the AMP Cache URL of 'ampWebUrl', which is \""),
        lines.get(4));
    assertTrue(lines.get(4).endsWith("…\""), "the message cuts the URL short: " + lines.get(4));
    assertEquals(
        "  fix: https://www-eurekalert-org.cdn.ampproject.org/c/www.eurekalert.org/amp/news-releases/"
            + "950689-cancer-research-with-a-long-path?x=1#section-1",
        lines.get(5),
        "the fix line does not");
  }

  @Test
  void aFixIsPrintedWithItsControlCharactersEscaped() throws IOException {
    Path file =
        write(
            "y.txt",
            seed.replace(
                "title: \"Using", "title: \" \\e[2J\\nfake.txt:1:1: error [SD001] x\\n Using"));
    String out = CliRun.of("check", file.toString()).out();
    assertTrue(
        out.contains("  fix: \\u001B[2J\\u000Afake.txt:1:1: error [SD001] x\\u000A Using AI"), out);
    assertTrue(out.lines().noneMatch(l -> l.startsWith("fake.txt")), out);
  }

  @Test
  void sarifOfACleanRunIsValidToo() throws IOException {
    CliRun run = CliRun.of("check", "--format", "sarif", dir.resolve(SEED).toString());
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    assertEquals(List.of(), schema.validate(run.out(), InputFormat.JSON), run.out());
  }

  @Test
  void githubOutput() throws IOException {
    badFiles();
    CliRun run = CliRun.of("check", "--format", "github", dir.toString());
    assertEquals(1, run.exitCode());
    List<String> lines = run.out().lines().toList();
    assertEquals(4, lines.size(), run.out());
    String file = dir.resolve("100_aaaaaaaaaaaaaaaa.txt").toString();
    assertEquals(
        "::error file="
            + file
            + ",line=9,col=1,title=SD203::'quality' must be from 0 to 100, found 101",
        lines.get(1));
    assertTrue(
        lines.get(2).startsWith("::warning file=" + file + ",line=19,col=5,title=SD213::"),
        lines.get(2));
  }
}
