package org.seeddoc.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' one local Spark session, with two cores, started once per test JVM, and the real
 * seeds.
 */
public final class SparkSessions {
  /** The folder of the two real seed files. */
  public static final Path SEEDS = Path.of(System.getProperty("seeddoc.seeds", "../seeds"));

  private static SparkSession session;

  private SparkSessions() {}

  /**
   * The session.
   *
   * @return a local[2] session without a UI
   */
  public static synchronized SparkSession local() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("seeddoc-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
    }
    return session;
  }
}
