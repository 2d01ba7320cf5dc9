package org.seeddoc.spark.bench;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads and validates a folder of seed files in a local Spark session, several rounds, and prints
 * each round's rate: {@code ThroughputBenchmark DIR MASTER ROUNDS [OPTION=VALUE]...}. Run by
 * {@code spark/bin/benchmark}, which compares it with the command-line tool (docs/performance.md §5).
 */
public final class ThroughputBenchmark {
  private ThroughputBenchmark() {}

  /**
   * Runs the rounds.
   *
   * @param args the folder, the master such as {@code local[2]}, the number of rounds, and read options
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().master(args[1]).appName("seeddoc throughput")
        .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      for (int round = 1; round <= Integer.parseInt(args[2]); round++) {
        var reader = spark.read().format("seeddoc");
        for (int i = 3; i < args.length; i++) {
          reader = reader.option(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        long start = System.nanoTime();
        Row totals = reader.load(args[0]).selectExpr("count(*)", "sum(size(_findings))").first();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s round %d: %d files, %d findings, %.2f s, %.0f files/s%n",
            args[1], round, totals.getLong(0), totals.getLong(1), seconds, totals.getLong(0) / seconds);
      }
    } finally {
      spark.stop();
    }
  }
}
