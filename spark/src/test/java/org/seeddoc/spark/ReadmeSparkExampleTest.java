package org.seeddoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Spark example compiles, and reads the seeds when its path is theirs. */
class ReadmeSparkExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmesSparkExampleCompilesAndReads() throws Exception {
    String readme =
        Files.readString(SparkSessions.SEEDS.resolve("../README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("```java\n([^`]*format\\(\"seeddoc\"\\)[^`]*)```").matcher(readme);
    assertTrue(block.find(), "the README has a Spark example");
    String example =
        block
            .group(1)
            .replace(
                "s3a://bucket/seeds/",
                SparkSessions.SEEDS.toAbsolutePath().toString().replace("\\", "/"));
    Files.writeString(
        dir.resolve("ReadmeSpark.java"),
        "import org.apache.spark.sql.*;\n"
            + "public class ReadmeSpark {\n  public static Dataset<Row> run(SparkSession spark) {\n"
            + example
            + "    return docs;\n  }\n}\n",
        StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int compiled =
        compiler.run(
            null,
            null,
            null,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            dir.resolve("ReadmeSpark.java").toString());
    assertEquals(0, compiled, "the example compiles");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Dataset<Row> docs =
          (Dataset<Row>)
              loader
                  .loadClass("ReadmeSpark")
                  .getMethod("run", SparkSession.class)
                  .invoke(null, SparkSessions.local());
      assertEquals(2, docs.count());
    }
  }
}
