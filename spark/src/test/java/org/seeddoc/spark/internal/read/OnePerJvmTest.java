package org.seeddoc.spark.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.spark.SparkSessions;
import org.seeddoc.testkit.SeedCorpus;

class OnePerJvmTest {
  @TempDir Path temp;

  @Test
  void everyTaskOfAnExecutorSharesOneValidator() throws IOException {
    SeedCorpus.write(temp, 200, 9);
    Dataset<Row> rows =
        SparkSessions.local()
            .read()
            .format("seeddoc")
            .option("maxPartitionBytes", "16k")
            .load(temp.toString());
    int partitions = rows.rdd().getNumPartitions();
    assertTrue(partitions >= 4, "several tasks: " + partitions);
    assertEquals(200, rows.count());
    assertEquals(200, rows.count());
    assertEquals(1, FileChecks.validatorsMade(), "local mode runs every task in this JVM");
  }
}
