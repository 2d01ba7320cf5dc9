package org.seeddoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    return withInput("", args);
  }

  /** One run with text on standard input. */
  static CliRun withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Writes a UTF-8 file into a folder, making the folders on its way. */
  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** One of the repository's real seeds, as text. */
  static String realSeed(String name) throws IOException {
    return Files.readString(
        Path.of(System.getProperty("seeddoc.seeds"), name), StandardCharsets.UTF_8);
  }

  /** Copies the repository's real seeds into a folder. */
  static void copyRealSeeds(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("seeddoc.seeds")))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }
}
