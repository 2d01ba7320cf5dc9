package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;

class SeedFixturesTest {
  private final Path seeds = Path.of(System.getProperty("seeddoc.seeds"));

  @Test
  void theFixturesAreExactlyTheRepositorySeeds() throws IOException {
    try (Stream<Path> files = Files.list(seeds)) {
      assertEquals(
          files.map(f -> f.getFileName().toString()).sorted().toList(), SeedFixtures.REAL_SEEDS);
    }
    for (String name : SeedFixtures.REAL_SEEDS) {
      assertArrayEquals(Files.readAllBytes(seeds.resolve(name)), SeedFixtures.bytes(name));
    }
  }

  @Test
  void everyFixtureIsCanonical() {
    for (String name : SeedFixtures.REAL_SEEDS) {
      String text = SeedFixtures.text(name);
      assertEquals(text, SeedWriter.create().write(SeedReader.create().read(text, name)));
    }
  }

  @Test
  void anUnknownNameIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> SeedFixtures.bytes("../../module-info.class"));
  }
}
