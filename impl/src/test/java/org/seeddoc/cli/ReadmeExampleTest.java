package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java example of the README compiles against the api and impl modules and runs on the real
 * seeds, from the repository root, where the examples' relative paths point.
 */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeExamplesCompileAndRun() throws Exception {
    Path root = Path.of(System.getProperty("seeddoc.seeds"), "..").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<Path> sources = new java.util.ArrayList<>();
    while (block.find()) {
      if (block.group(1).contains("org.seeddoc.testkit")) {
        continue; // the testkit's example is a test of the testkit module itself
      }
      if (block.group(1).contains("format(\"seeddoc\")")) {
        continue; // the Spark example needs Spark: spark's ReadmeSparkExampleTest compiles and runs
        // it
      }
      Matcher name = Pattern.compile("public class (\\w+)").matcher(block.group(1));
      assertTrue(name.find(), "each example is a public class");
      Path source = dir.resolve(name.group(1) + ".java");
      Files.writeString(source, block.group(1), StandardCharsets.UTF_8);
      sources.add(source);
    }
    assertEquals(3, sources.size(), "the README's Java examples");

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classPath =
        System.getProperty("java.class.path")
            + java.io.File.pathSeparator
            + System.getProperty("jdk.module.path", "");
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        compiler
            .getTask(
                diagnostics,
                null,
                null,
                List.of("--release", "17", "-classpath", classPath, "-d", dir.toString()),
                null,
                compiler
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(sources.toArray(Path[]::new)))
            .call();
    assertTrue(compiled, diagnostics.toString());

    String output = run(dir, "Example");
    assertTrue(output.contains("title: \"A better title\""), output);
    assertEquals("", output.lines().filter(l -> l.contains("error [")).findFirst().orElse(""));
    assertTrue(output.endsWith("\n0 comments left out\n"), output);
    String files = run(dir, "FilesExample");
    assertEquals(
        List.of(
            "found seeds/000_d1aaf954cc0ce8f5.txt",
            "found seeds/004_04cd3372321c0f9e.txt",
            "edit: CHANGED",
            "fix: UNCHANGED, 0 findings left"),
        files.lines().toList());
    String validation = run(dir, "ValidateExample");
    assertTrue(validation.startsWith("SD214 excerpt at 4:1: "), validation);
    assertTrue(validation.contains("suggested: A team of US researchers"), validation);
  }

  /** Runs an example's main method; surefire runs these tests from the repository root. */
  private static String run(Path classes, String className) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
