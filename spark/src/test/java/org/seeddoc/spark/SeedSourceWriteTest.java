package org.seeddoc.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.testkit.SeedCorpus;

class SeedSourceWriteTest {
  private static final Path SEEDS = SparkSessions.SEEDS;
  private static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
  }

  @Test
  void aWrittenFolderHoldsExactlyWhatSeedWriterWrites() throws IOException {
    Path in = temp.resolve("in");
    SeedCorpus.write(in, 200, 11);
    Files.copy(SEEDS.resolve("004_04cd3372321c0f9e.txt"), in.resolve("004_04cd3372321c0f9e.txt"));
    Path out = temp.resolve("out");
    spark
        .read()
        .format("seeddoc")
        .load(in.toString())
        .write()
        .format("seeddoc")
        .mode("overwrite")
        .save(out.toString());

    List<Path> inputs = files(in);
    assertEquals(
        inputs.stream().map(p -> p.getFileName().toString()).toList(),
        files(out).stream().map(p -> p.getFileName().toString()).toList(),
        "each file keeps its name, and nothing else is left in the folder");
    SeedReader reader = SeedReader.create();
    SeedWriter writer = SeedWriter.create();
    for (Path input : inputs) {
      byte[] expected =
          writer
              .write(reader.parse(input).document().orElseThrow())
              .getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(
          expected,
          Files.readAllBytes(out.resolve(input.getFileName())),
          input.getFileName().toString());
    }

    Path again = temp.resolve("again");
    spark
        .read()
        .format("seeddoc")
        .load(out.toString())
        .write()
        .format("seeddoc")
        .mode("append")
        .save(again.toString());
    for (Path written : files(out)) {
      assertArrayEquals(
          Files.readAllBytes(written),
          Files.readAllBytes(again.resolve(written.getFileName())),
          "a second round trip changes nothing");
    }
  }

  @Test
  void withoutPathsFilesGetSeedNamesThatDependOnlyOnTheirText() throws IOException {
    Path in = temp.resolve("in");
    SeedCorpus.write(in, 20, 3);
    Dataset<Row> documents =
        spark.read().format("seeddoc").load(in.toString()).drop("_path", "_findings").coalesce(1);
    documents.write().format("seeddoc").mode("overwrite").save(temp.resolve("a").toString());
    documents.write().format("seeddoc").mode("overwrite").save(temp.resolve("b").toString());
    List<String> names =
        files(temp.resolve("a")).stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(20, names.size());
    assertTrue(
        names.stream().allMatch(n -> n.matches("[0-9]{3,}_[0-9a-f]{16}\\.txt")), names.toString());
    assertEquals(
        names, files(temp.resolve("b")).stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void aNameColumnNamesTheFilesAndSomeColumnsAreEnough() throws IOException {
    Dataset<Row> some =
        spark
            .read()
            .format("seeddoc")
            .load(SEEDS.toString())
            .selectExpr(
                "concat(substring(title, 1, 2), '-', cast(quality as string), '.txt') as name",
                "title",
                "quality",
                "provider");
    Path out = temp.resolve("named");
    some.write()
        .format("seeddoc")
        .option("nameColumn", "name")
        .mode("overwrite")
        .save(out.toString());
    List<String> names = files(out).stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(List.of("AI-17.txt", "Us-45.txt").size(), names.size(), names.toString());
    String text = Files.readString(out.resolve("AI-17.txt"));
    assertTrue(
        text.startsWith("---\ntitle: \"AI can predict")
            && text.contains("quality: 17\n")
            && !text.contains("category"),
        text);
  }

  @Test
  void overwritingReplacesWhatAReadGivesAndKeepsFoldersAndHiddenFiles() throws IOException {
    Path out = temp.resolve("overwrite");
    Files.createDirectories(out.resolve("archive"));
    Files.writeString(out.resolve(".seeddoc.yaml"), "rules:\n  SD205: off\n");
    Files.writeString(out.resolve("archive/old.txt"), "kept");
    Files.writeString(out.resolve("999_0000000000000999.txt"), "replaced");
    spark
        .read()
        .format("seeddoc")
        .load(SEEDS.toString())
        .write()
        .format("seeddoc")
        .mode("overwrite")
        .save(out.toString());
    assertEquals(
        List.of("000_d1aaf954cc0ce8f5.txt", "004_04cd3372321c0f9e.txt", "archive"),
        files(out).stream().map(p -> p.getFileName().toString()).toList());
    assertEquals("kept", Files.readString(out.resolve("archive/old.txt")));
    assertTrue(Files.exists(out.resolve(".seeddoc.yaml")));
  }

  @Test
  void appendingNeverReplacesAFile() throws IOException {
    Path out = temp.resolve("append");
    Dataset<Row> seeds = spark.read().format("seeddoc").load(SEEDS.toString());
    seeds.write().format("seeddoc").mode("append").save(out.toString());
    byte[] before = Files.readAllBytes(out.resolve("000_d1aaf954cc0ce8f5.txt"));
    Exception e =
        assertThrows(
            Exception.class,
            () -> seeds.write().format("seeddoc").mode("append").save(out.toString()));
    assertTrue(
        SeedSourceReadTest.causes(e).contains("000_d1aaf954cc0ce8f5.txt is already in"),
        SeedSourceReadTest.causes(e));
    assertArrayEquals(before, Files.readAllBytes(out.resolve("000_d1aaf954cc0ce8f5.txt")));
    assertFalse(Files.exists(out.resolve("_temporary")), "a failed job leaves nothing behind");
  }

  @Test
  void theDefaultModeIsRefusedAndNamesTheModesThatWork() {
    Path out = temp.resolve("default");
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                spark
                    .read()
                    .format("seeddoc")
                    .load(SEEDS.toString())
                    .write()
                    .format("seeddoc")
                    .save(out.toString()));
    String message = SeedSourceReadTest.causes(e);
    assertTrue(message.contains("ErrorIfExists") && message.contains("Append"), message);
    assertFalse(Files.exists(out));
  }

  @Test
  void columnsThatAreNoFieldsAreRefusedBeforeAnyFileIsWritten() {
    Dataset<Row> wrong =
        spark
            .read()
            .format("seeddoc")
            .load(SEEDS.toString())
            .selectExpr("title", "cast(quality as string) as quality", "1 as tilte");
    Path out = temp.resolve("wrong");
    Exception e =
        assertThrows(
            Exception.class,
            () -> wrong.write().format("seeddoc").mode("append").save(out.toString()));
    String message = SeedSourceReadTest.causes(e);
    assertTrue(
        message.contains("'tilte' is no field") && message.contains("'quality' is string, not int"),
        message);
    assertFalse(Files.exists(out));
  }

  @Test
  void aRowOfAFileThatDidNotReadIsNotWritten() throws IOException {
    Path in = temp.resolve("broken");
    Files.createDirectories(in);
    Files.writeString(in.resolve("001_0000000000000001.txt"), "---\ntitle: [\n---\n");
    Path out = temp.resolve("out");
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                spark
                    .read()
                    .format("seeddoc")
                    .load(in.toString())
                    .write()
                    .format("seeddoc")
                    .mode("append")
                    .save(out.toString()));
    assertTrue(
        SeedSourceReadTest.causes(e).contains("holds no document"), SeedSourceReadTest.causes(e));
    assertEquals(List.of(), Files.exists(out) ? files(out) : List.of());
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> listed = Files.list(dir)) {
      return listed.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }
}
