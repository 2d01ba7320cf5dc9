package org.seeddoc.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Real seed files, shipped in this jar byte for byte: canonical documents to read, write and
 * validate in tests. One of them has a mojibake excerpt ({@code patientâ€™s}), as real files do.
 *
 * <p>Thread-safe: every call reads a fresh copy.
 */
public final class SeedFixtures {
  /** The file names of the real seeds, in sorted order. */
  public static final List<String> REAL_SEEDS =
      List.of("000_d1aaf954cc0ce8f5.txt", "004_04cd3372321c0f9e.txt");

  private SeedFixtures() {}

  /**
   * The bytes of a real seed.
   *
   * @param name one of {@link #REAL_SEEDS}
   * @return a fresh copy of the file's bytes
   * @throws IllegalArgumentException if there is no seed of that name
   */
  public static byte[] bytes(String name) {
    try (InputStream in = SeedFixtures.class.getResourceAsStream("seeds/" + name)) {
      if (in == null || !REAL_SEEDS.contains(name)) {
        throw new IllegalArgumentException("no real seed named " + name + "; see REAL_SEEDS");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a real seed.
   *
   * @param name one of {@link #REAL_SEEDS}
   * @return the file decoded as UTF-8
   * @throws IllegalArgumentException if there is no seed of that name
   */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
