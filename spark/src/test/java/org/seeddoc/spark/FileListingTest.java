package org.seeddoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.testkit.SeedCorpus;

/**
 * Which files a read takes, and how it packs them into partitions, held to Spark's own {@code
 * binaryFile} source, which lists files and packs them (unsplit) the way every Spark file source
 * does.
 */
class FileListingTest {
  private static SparkSession spark;
  @TempDir static Path temp;
  private static Path folder;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSessions.local();
    folder = temp.resolve("seeds");
    SeedCorpus.write(folder, 400, 5);
    SeedCorpus.write(folder.resolve("2026").resolve("11"), 30, 6);
    Files.writeString(folder.resolve("_SUCCESS"), "");
    Files.writeString(folder.resolve(".hidden.txt"), "");
    Files.writeString(folder.resolve("notes.md"), "# not a seed\n");
    SeedCorpus.write(folder.resolve("_temporary"), 3, 8);
  }

  @Test
  void aFolderIsItsFilesAndWithRecursiveFileLookupTheFilesBelowIt() {
    assertEquals(
        401,
        paths(spark.read().format("seeddoc")).size(),
        "400 seeds and notes.md; not _SUCCESS, .hidden.txt or _temporary");
    assertEquals(
        431, paths(spark.read().format("seeddoc").option("recursiveFileLookup", "true")).size());
  }

  @Test
  void theSameFilesAsSparksOwnSource() {
    for (Map<String, String> options :
        List.of(
            Map.<String, String>of(),
            Map.of("recursiveFileLookup", "true"),
            Map.of("pathGlobFilter", "*.txt"),
            Map.of("pathGlobFilter", "00001*.txt", "recursiveFileLookup", "true"))) {
      assertEquals(
          paths(spark.read().format("binaryFile").options(options)),
          paths(spark.read().format("seeddoc").options(options)),
          options.toString());
    }
  }

  @Test
  void globsInPathsAreExpanded() {
    String glob = folder + "/00000[0-4]_*.txt";
    assertEquals(5, spark.read().format("seeddoc").load(glob).count());
    assertEquals(
        spark.read().format("binaryFile").load(glob).count(),
        spark.read().format("seeddoc").load(glob).count());
  }

  @Test
  void smallFilesArePackedAsSparkPacksThem() {
    for (Map<String, String> options :
        List.of(
            Map.<String, String>of(),
            Map.of("maxPartitionBytes", "65536", "openCostInBytes", "0"),
            Map.of("maxPartitionBytes", "1m", "openCostInBytes", "8192"),
            Map.of(
                "recursiveFileLookup",
                "true",
                "maxPartitionBytes",
                "20000",
                "openCostInBytes",
                "4096"))) {
      DataFrameReader binary = spark.read().format("binaryFile");
      options.forEach(
          (k, v) -> {
            if (k.equals("maxPartitionBytes") || k.equals("openCostInBytes")) {
              spark.conf().set("spark.sql.files." + k, v);
            } else {
              binary.option(k, v);
            }
          });
      int expected = binary.load(folder.toString()).rdd().getNumPartitions();
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
      spark.conf().unset("spark.sql.files.openCostInBytes");
      int actual =
          spark
              .read()
              .format("seeddoc")
              .options(options)
              .load(folder.toString())
              .rdd()
              .getNumPartitions();
      assertEquals(expected, actual, options.toString());
      assertTrue(actual < 430, "a partition holds many small files: " + actual);
    }
  }

  private static List<String> paths(DataFrameReader reader) {
    String column =
        reader.load(folder.toString()).columns()[0].equals("path") ? "path" : SeedColumns.PATH;
    return reader.load(folder.toString()).select(column).collectAsList().stream()
        .map(r -> r.getString(0))
        .sorted()
        .toList();
  }
}
