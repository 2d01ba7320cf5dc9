package org.seeddoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seeddoc.SeedReader;
import org.seeddoc.validation.SeedValidator;

/**
 * seeddoc-spark runs on the class path, where no {@code exports … to} holds it: this test does what
 * a {@code module-info} would. Its main sources may use the packages that {@code org.seeddoc} and
 * {@code org.seeddoc.impl} export to everyone, the shared {@code org.seeddoc.spi}, and their own.
 */
class SparkBoundaryTest {
  private static final String SHARED = "org.seeddoc.spi";
  private static final Pattern SEEDDOC_TYPE =
      Pattern.compile("\\borg\\.seeddoc\\.((?:[a-z_][a-z0-9_]*\\.)*)[A-Z]");

  @Test
  void theMainSourcesUseOnlyWhatIsExportedToThem() throws Exception {
    Set<String> allowed = new HashSet<>(exportedToEveryone(SeedReader.class));
    allowed.addAll(exportedToEveryone(SeedValidator.class));
    allowed.add(SHARED);
    assertTrue(allowed.contains("org.seeddoc.validation"), "impl's exports read: " + allowed);

    Map<String, Set<String>> outside = new TreeMap<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files++;
        for (String used : packagesUsed(Files.readString(file, StandardCharsets.UTF_8))) {
          if (!allowed.contains(used) && !used.startsWith("org.seeddoc.spark")) {
            outside.computeIfAbsent(file.toString(), f -> new TreeSet<>()).add(used);
          }
        }
      }
    }
    assertTrue(files > 20, "spark main sources found: " + files);
    assertEquals(Map.of(), outside);
  }

  @Test
  void theCheckSeesAnInternalPackageUsedByItsFullName() {
    String source =
        "import org.seeddoc.SeedDocument;\n"
            + "class X { Object o = org.seeddoc.internal.read.DocumentParser.class; }\n";
    assertEquals(Set.of("org.seeddoc", "org.seeddoc.internal.read"), packagesUsed(source));
  }

  private static Set<String> packagesUsed(String source) {
    Set<String> used = new TreeSet<>();
    Matcher type = SEEDDOC_TYPE.matcher(source);
    while (type.find()) {
      String subpackages = type.group(1);
      used.add(
          subpackages.isEmpty()
              ? "org.seeddoc"
              : "org.seeddoc." + subpackages.substring(0, subpackages.length() - 1));
    }
    return used;
  }

  /** The unqualified exports of the module a class was compiled in, read from its jar or folder. */
  private static Set<String> exportedToEveryone(Class<?> type)
      throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    if (Files.isDirectory(location)) {
      try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
        descriptor = ModuleDescriptor.read(in);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile());
          InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
        descriptor = ModuleDescriptor.read(in);
      }
    }
    Set<String> packages = new TreeSet<>();
    descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .forEach(e -> packages.add(e.source()));
    return packages;
  }
}
