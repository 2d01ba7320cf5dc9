package org.seeddoc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.seeddoc.Finding;

/**
 * {@code seeddoc check} as a Spark job: reads seed files, writes every finding as a row (file,
 * rule, severity, line, column, field, message, fix) to Parquet or JSON, and prints how many
 * findings each rule has. Exit codes are {@code seeddoc check}'s.
 *
 * <pre>
 * spark-submit --class org.seeddoc.spark.CheckJob seeddoc-spark.jar \
 *     [--output DIR] [--format parquet|json] [--no-validate] [--strict] [--option KEY=VALUE]... PATH...
 * </pre>
 */
public final class CheckJob {
  /** No errors (warnings allowed). */
  public static final int OK = 0;

  /** At least one error; with {@code --strict}, at least one warning too. */
  public static final int FINDINGS = 1;

  /** A usage error, a path that does not exist, or a failed job. */
  public static final int USAGE = 2;

  private static final String USAGE_LINE =
      "usage: CheckJob [--output DIR] [--format parquet|json] [--no-validate] [--strict]"
          + " [--option KEY=VALUE]... PATH...";

  private CheckJob() {}

  /**
   * Runs the job in the session {@code spark-submit} gives, then exits with its code.
   *
   * @param args the arguments, as the class's description says
   */
  public static void main(String[] args) {
    int code;
    SparkSession spark = SparkSession.builder().appName("seeddoc check").getOrCreate();
    try {
      code = run(spark, args, stdout(System.out), stdout(System.err));
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  private static PrintStream stdout(PrintStream stream) {
    return new PrintStream(stream, true, StandardCharsets.UTF_8);
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param args the arguments
   * @param out where the counts go
   * @param err where usage errors and failures go
   * @return the exit code
   */
  public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("seeddoc: " + e.getMessage());
      err.println(USAGE_LINE);
      return USAGE;
    }
    Dataset<Row> files = null;
    try {
      DataFrameReader reader =
          spark
              .read()
              .format("seeddoc")
              .options(arguments.options())
              .option("validate", String.valueOf(arguments.validate()));
      files =
          reader
              .load(arguments.paths().toArray(String[]::new))
              .select(col(SeedColumns.PATH), col(SeedColumns.FINDINGS))
              .persist(StorageLevel.MEMORY_AND_DISK());
      long fileCount = files.count();
      Dataset<Row> findings =
          files
              .select(
                  col(SeedColumns.PATH).as("file"),
                  explode(col(SeedColumns.FINDINGS)).as("finding"))
              .select(
                  col("file"),
                  col("finding.rule"),
                  col("finding.severity"),
                  col("finding.line"),
                  col("finding.column"),
                  col("finding.field"),
                  col("finding.message"),
                  col("finding.fix"));
      if (arguments.output() != null) {
        findings.write().format(arguments.format()).save(arguments.output());
      }
      List<Row> counts =
          findings.groupBy("rule", "severity").count().orderBy("rule", "severity").collectAsList();
      long errors = 0;
      long warnings = 0;
      for (Row count : counts) {
        out.println(count.getString(0) + " " + count.getString(1) + " " + count.getLong(2));
        if (count.getString(1).equals("error")) {
          errors += count.getLong(2);
        } else {
          warnings += count.getLong(2);
        }
      }
      out.println(fileCount + " files, " + errors + " errors, " + warnings + " warnings");
      return errors > 0 || arguments.strict() && (warnings > 0 || fileCount == 0) ? FINDINGS : OK;
    } catch (RuntimeException e) {
      err.println("seeddoc: " + Finding.printable(String.valueOf(rootMessage(e))));
      return USAGE;
    } finally {
      if (files != null) {
        files.unpersist();
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable at = e;
    while (at.getCause() != null && at.getCause() != at) {
      at = at.getCause();
    }
    return at.getMessage() == null ? at.toString() : at.getMessage();
  }

  /** The parsed command line. */
  private record Arguments(
      List<String> paths,
      String output,
      String format,
      boolean validate,
      boolean strict,
      Map<String, String> options) {

    static Arguments parse(String[] args) {
      List<String> paths = new ArrayList<>();
      Map<String, String> options = new LinkedHashMap<>();
      String output = null;
      String format = "parquet";
      boolean validate = true;
      boolean strict = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--output" -> output = value(args, ++i, "--output");
          case "--format" -> format = value(args, ++i, "--format").toLowerCase(Locale.ROOT);
          case "--no-validate" -> validate = false;
          case "--strict" -> strict = true;
          case "--option" -> {
            String option = value(args, ++i, "--option");
            int equals = option.indexOf('=');
            if (equals <= 0) {
              throw new IllegalArgumentException(
                  "--option takes KEY=VALUE, not " + Finding.printable(option));
            }
            options.put(option.substring(0, equals), option.substring(equals + 1));
          }
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + Finding.printable(args[i]));
            }
            paths.add(args[i]);
          }
        }
      }
      if (!format.equals("parquet") && !format.equals("json")) {
        throw new IllegalArgumentException(
            "--format is parquet or json, not " + Finding.printable(format));
      }
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("no path to check");
      }
      return new Arguments(paths, output, format, validate, strict, options);
    }

    private static String value(String[] args, int at, String option) {
      if (at >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[at];
    }
  }
}
