package org.seeddoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.cli.Main;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueType;
import org.seeddoc.testkit.SeedCorpus;

class SeedSourceReadTest {
  private static final Path SEEDS = SparkSessions.SEEDS;
  private static SparkSession spark;

  @TempDir static Path temp;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
  }

  @Test
  void theSeedsReadAsTheReaderReadsThem() throws IOException {
    assertTypedValuesEqualTheReaders(SEEDS);
  }

  @Test
  void aCorpusReadsAsTheReaderReadsIt() throws IOException {
    Path corpus = temp.resolve("corpus");
    SeedCorpus.write(corpus, 300, 7);
    assertTypedValuesEqualTheReaders(corpus);
  }

  private static void assertTypedValuesEqualTheReaders(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.sorted().toList();
    }
    Dataset<Row> rows = spark.read().format("seeddoc").load(folder.toString());
    List<Row> all = rows.collectAsList();
    assertEquals(files.size(), all.size(), "one row per file");
    Map<String, Row> byName = new TreeMap<>();
    for (Row row : all) {
      byName.put(
          Path.of(java.net.URI.create(row.getAs(SeedColumns.PATH))).getFileName().toString(), row);
    }
    SeedReader reader = SeedReader.create();
    for (Path file : files) {
      SeedDocument expected = reader.parse(file).document().orElseThrow();
      Row row = byName.get(file.getFileName().toString());
      assertRecordEquals(SeedSchema.DOCUMENT, expected, row, file.getFileName().toString());
      assertEquals(expected.body(), row.getAs(SeedColumns.BODY));
    }
  }

  /** Walks the schema table by column name, so that a field put into the wrong column fails. */
  private static <R> void assertRecordEquals(
      RecordSchema<R, ?> schema, R expected, Row row, String where) {
    for (FieldSpec<R, ?, ?> field : schema.fields()) {
      Object value = field.get(expected);
      Object column = row.get(row.fieldIndex(field.key()));
      assertValueEquals(field.type(), value, column, where + "." + field.key());
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertValueEquals(
      ValueType<?> type, Object expected, Object column, String where) {
    if (expected == null) {
      assertNull(column, where);
      return;
    }
    switch (type.kind()) {
      case INSTANT -> assertEquals(expected, ((java.sql.Timestamp) column).toInstant(), where);
      case SECURED -> {
        Row secured = (Row) column;
        assertEquals(((Secured) expected).payload(), secured.getAs("payload"), where);
        assertEquals(((Secured) expected).nonce(), secured.getAs("nonce"), where);
      }
      case RECORD ->
          assertRecordEquals(
              (RecordSchema<Object, ?>) type.record(), expected, (Row) column, where);
      case LIST -> {
        List<?> items = (List<?>) expected;
        List<?> array =
            scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) column);
        assertEquals(items.size(), array.size(), where);
        for (int i = 0; i < items.size(); i++) {
          assertValueEquals(type.item(), items.get(i), array.get(i), where + "[" + i + "]");
        }
      }
      default -> assertEquals(expected, column, where);
    }
  }

  @Test
  void findingsEqualTheCommandLineToolsJson() throws IOException {
    Path folder = DefectFolder.write(temp.resolve("defects"));
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {"check", "--no-config", "--format", "json", folder.toString()},
            InputStream.nullInputStream(),
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));
    assertEquals(1, code);
    List<String> cli = new ArrayList<>();
    for (JsonNode finding : new ObjectMapper().readTree(out.toString()).get("findings")) {
      cli.add(
          String.join(
              "|",
              Path.of(finding.get("file").asText()).getFileName().toString(),
              finding.get("rule").asText(),
              finding.get("severity").asText(),
              finding.get("line").asText(),
              finding.get("column").asText(),
              finding.get("field").asText("null"),
              finding.get("message").asText(),
              finding.get("fix").asText("null")));
    }
    List<String> spark = new ArrayList<>();
    for (Row row :
        SeedSourceReadTest.spark
            .read()
            .format("seeddoc")
            .load(folder.toString())
            .selectExpr("_path", "explode(_findings) as f")
            .selectExpr("_path", "f.*")
            .collectAsList()) {
      spark.add(
          String.join(
              "|",
              Path.of(java.net.URI.create(row.getString(0))).getFileName().toString(),
              row.getString(1),
              row.getString(2),
              String.valueOf(row.getInt(3)),
              String.valueOf(row.getInt(4)),
              String.valueOf(row.getString(5)),
              row.getString(6),
              String.valueOf(row.getString(7))));
    }
    assertEquals(cli.stream().sorted().toList(), spark.stream().sorted().toList());
    List<String> rules = spark.stream().map(s -> s.split("\\|")[1]).distinct().sorted().toList();
    List<String> every =
        java.util.Arrays.stream(org.seeddoc.Rule.values())
            .map(org.seeddoc.Rule::id)
            .filter(id -> !List.of("SD010", "SD011", "SD012", "SD013").contains(id))
            .sorted()
            .toList();
    assertEquals(every, rules, "the folder has every rule that check reports on files");
  }

  @Test
  void aQueryOfSomeColumnsAndFieldsGetsTheValuesOfAFullRead() throws IOException {
    Path folder = DefectFolder.write(temp.resolve("pruned"));
    Dataset<Row> read = spark.read().format("seeddoc").load(folder.toString());
    Dataset<Row> full = spark.createDataFrame(read.collectAsList(), read.schema());
    String[] columns = {
      "_path",
      "provider.domain",
      "related",
      "images.url",
      "secured.nonce",
      "_findings.rule",
      "_body"
    };
    List<String> pruned =
        read.selectExpr(columns).collectAsList().stream().map(Row::toString).sorted().toList();
    assertEquals(
        full.selectExpr(columns).collectAsList().stream().map(Row::toString).sorted().toList(),
        pruned);
    assertEquals(DefectFolder.files().size(), pruned.size());
  }

  @Test
  void aQueryThatReadsNoFindingsIsNotValidated() {
    Dataset<Row> read = spark.read().format("seeddoc").load(SEEDS.toString());
    assertTrue(
        read.select("title").queryExecution().executedPlan().toString().contains("read only"));
    assertTrue(
        read.select("title", "_findings")
            .queryExecution()
            .executedPlan()
            .toString()
            .contains("validated"));
    assertEquals(2, read.select("title").where("title is not null").count());
  }

  @Test
  void eachModeTreatsAFileThatDoesNotReadAsSparksSourcesDo() throws IOException {
    Path folder = temp.resolve("modes");
    Files.createDirectories(folder);
    Files.copy(
        SEEDS.resolve("000_d1aaf954cc0ce8f5.txt"), folder.resolve("000_d1aaf954cc0ce8f5.txt"));
    Files.writeString(folder.resolve("001_0000000000000001.txt"), "---\ntitle: [\n---\n");

    Dataset<Row> permissive = spark.read().format("seeddoc").load(folder.toString());
    List<Row> kept = permissive.orderBy("_path").collectAsList();
    assertEquals(2, kept.size());
    assertNull(kept.get(1).getAs("title"));
    assertTrue(
        kept.get(1)
            .<scala.collection.Seq<Row>>getAs("_findings")
            .apply(0)
            .<String>getAs("rule")
            .equals("SD003"));

    assertEquals(
        1,
        spark
            .read()
            .format("seeddoc")
            .option("mode", "DROPMALFORMED")
            .load(folder.toString())
            .count());

    Exception failed =
        assertThrows(
            Exception.class,
            () ->
                spark
                    .read()
                    .format("seeddoc")
                    .option("mode", "failfast")
                    .load(folder.toString())
                    .collectAsList());
    assertTrue(
        causes(failed).contains("001_0000000000000001.txt") && causes(failed).contains("SD003"),
        causes(failed));
  }

  @Test
  void withoutValidationOnlyTheReadersFindingsAreGiven() throws IOException {
    Path folder = DefectFolder.write(temp.resolve("read-only"));
    List<String> rules =
        spark
            .read()
            .format("seeddoc")
            .option("validate", "false")
            .load(folder.toString())
            .selectExpr("explode(_findings.rule) as rule")
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .sorted()
            .toList();
    assertTrue(rules.contains("SD003") && rules.contains("SD101"), rules.toString());
    assertFalse(rules.contains("SD203") || rules.contains("SD215"), rules.toString());
  }

  @Test
  void anUnknownOptionIsAnErrorThatNamesIt() {
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                spark
                    .read()
                    .format("seeddoc")
                    .option("recursiveFileLokup", "true")
                    .load(SEEDS.toString())
                    .count());
    assertTrue(
        causes(e).contains("recursiveFileLokup") && causes(e).contains("recursivefilelookup"),
        causes(e));
    Exception mode =
        assertThrows(
            Exception.class,
            () ->
                spark
                    .read()
                    .format("seeddoc")
                    .option("mode", "lenient")
                    .load(SEEDS.toString())
                    .count());
    assertTrue(causes(mode).contains("'lenient'"), causes(mode));
  }

  @Test
  void aUserSchemaIsRefused() {
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                spark
                    .read()
                    .format("seeddoc")
                    .schema("title STRING")
                    .load(SEEDS.toString())
                    .count());
    assertTrue(causes(e).contains("own schema"), causes(e));
  }

  @Test
  void aPathThatDoesNotExistIsNamed() {
    Exception e =
        assertThrows(
            Exception.class,
            () -> spark.read().format("seeddoc").load(temp.resolve("nowhere").toString()).count());
    assertTrue(causes(e).contains("nowhere") && causes(e).contains("does not exist"), causes(e));
  }

  @Test
  void theSchemaIsTheDocumentedOne() throws IOException {
    String doc = Files.readString(Path.of("../docs/spark.md"));
    assertTrue(
        doc.contains(SeedColumns.schema().treeString()),
        "docs/spark.md shows the schema as printSchema() prints it:\n"
            + SeedColumns.schema().treeString());
  }

  static String causes(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
      messages.add(String.valueOf(at.getMessage()));
    }
    return messages.stream().collect(Collectors.joining(" / "));
  }
}
