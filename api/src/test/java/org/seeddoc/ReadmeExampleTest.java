package org.seeddoc;

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
 * The README's Java example compiles against this module and runs on the real seeds. Surefire runs
 * this module's tests from the repository root, where the example's relative paths point.
 */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeExampleCompilesAndRuns() throws Exception {
    String readme = Files.readString(Seeds.folder().resolve("../README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "the README has a Java example");
    Path source = dir.resolve("Example.java");
    Files.writeString(source, block.group(1), StandardCharsets.UTF_8);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    StringWriter diagnostics = new StringWriter();
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("--release", "17", "-classpath", classPath, "-d", dir.toString()), null,
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
    assertTrue(compiled, diagnostics.toString());

    String output = runFromRepositoryRoot(dir);
    assertTrue(output.contains("title: \"A better title\""), output);
    assertEquals("", output.lines().filter(l -> l.contains("error [")).findFirst().orElse(""));
  }

  private static String runFromRepositoryRoot(Path classes) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("Example").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
