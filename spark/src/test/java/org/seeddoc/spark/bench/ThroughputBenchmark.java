package org.seeddoc.spark.bench;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads and validates a folder of seed files in a local Spark session, several rounds, and prints
 * each round's rate: {@code ThroughputBenchmark DIR MASTER ROUNDS [query=titles]
 * [OPTION=VALUE]...}. The query counts the files and their findings, so every file is validated;
 * {@code query=titles} counts titles instead, which reads without validating. Run by {@code
 * spark/bin/benchmark}, which compares it with the command-line tool (docs/performance.md §2d).
 */
public final class ThroughputBenchmark {
  private ThroughputBenchmark() {}

  /**
   * Runs the rounds.
   *
   * @param args the folder, the master such as {@code local[2]}, the number of rounds, and read
   *     options
   */
  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder()
            .master(args[1])
            .appName("seeddoc throughput")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      for (int round = 1; round <= Integer.parseInt(args[2]); round++) {
        var reader = spark.read().format("seeddoc");
        String[] query = {"count(*)", "sum(size(_findings))"};
        for (int i = 3; i < args.length; i++) {
          String key = args[i].substring(0, args[i].indexOf('='));
          String value = args[i].substring(args[i].indexOf('=') + 1);
          if (key.equals("query")) {
            query = value.equals("titles") ? new String[] {"count(*)", "count(title)"} : query;
          } else {
            reader = reader.option(key, value);
          }
        }
        long start = System.nanoTime();
        Row totals = reader.load(args[0]).selectExpr(query).first();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "%s round %d: %d files, %d "
                + (query[1].contains("title") ? "titles" : "findings")
                + ", %.2f s, %.0f files/s%n",
            args[1],
            round,
            totals.getLong(0),
            totals.getLong(1),
            seconds,
            totals.getLong(0) / seconds);
      }
    } finally {
      spark.stop();
    }
  }
}
