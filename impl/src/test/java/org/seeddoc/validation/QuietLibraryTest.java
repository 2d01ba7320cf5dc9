package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seeddoc.SeedReader;

/** A Java program that validates gets nothing on its stderr from seeddoc or Hibernate Validator. */
class QuietLibraryTest {
  /** The program: validate the real seeds, print the number of findings. */
  public static void main(String[] args) throws IOException {
    SeedValidator validator = SeedValidator.create();
    int findings = 0;
    for (String seed : List.of("000_d1aaf954cc0ce8f5.txt", "004_04cd3372321c0f9e.txt")) {
      findings += validator.validate(SeedReader.create().parse(Path.of(args[0], seed))).size();
    }
    System.out.println(findings);
  }

  @Test
  void creatingAValidatorAndValidatingPrintsNothingOnStderr()
      throws IOException, InterruptedException {
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                QuietLibraryTest.class.getName(),
                System.getProperty("seeddoc.seeds"))
            .start();
    String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, java.waitFor(), err);
    assertEquals("", err);
    assertEquals("1\n", out, "the mojibake warning");
  }
}
