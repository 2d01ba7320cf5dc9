package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;

class FileCheckTest {
  private static final Path SEED =
      Path.of(System.getProperty("seeddoc.seeds"), "000_d1aaf954cc0ce8f5.txt");
  @TempDir Path dir;

  @Test
  void aFileReadsWholeOrToOneBytePastTheLimitByPathAndByStreamAlike() throws IOException {
    byte[] seed = Files.readAllBytes(SEED);
    assertArrayEquals(seed, SeedValidator.readFile(SEED));
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertEquals(0, SeedValidator.readFile(empty).length);
    byte[] big = new byte[3 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    Path large = Files.write(dir.resolve("large.txt"), big);
    byte[] byPath = SeedValidator.readFile(large);
    assertArrayEquals(SeedValidator.readFile(new ByteArrayInputStream(big)), byPath);
    assertEquals(
        SeedReader.builder().build().parse(byPath, "large.txt").findings().get(0).rule(),
        Rule.LIMIT,
        "one byte past the limit is enough for SD005");
  }

  @Test
  void checkGivesTheValidatorsFindingsAndTheFileNamesRule() throws IOException {
    byte[] seed = Files.readAllBytes(SEED);
    SeedValidator validator = SeedValidator.create();
    List<Finding> validated = validator.validate(SeedReader.create().parse(seed, "x"));
    FileCheck named = validator.check(seed, "x", "000_d1aaf954cc0ce8f5.txt");
    assertNotNull(named.document());
    assertEquals(validated, named.findings());
    FileCheck misnamed = validator.check(seed, "x", "seed.txt");
    assertEquals(validated.size() + 1, misnamed.findings().size());
    assertEquals(1, misnamed.findings().stream().filter(f -> f.rule() == Rule.FILE_NAME).count());
    FileCheck broken =
        validator.check("---\ntitle: [\n---\n".getBytes(StandardCharsets.UTF_8), "x", null);
    assertNull(broken.document());
    assertEquals(Rule.SYNTAX, broken.findings().get(0).rule());
  }
}
