package org.seeddoc.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.seeddoc.SeedFormatException;
import org.seeddoc.SeedReader;

/**
 * The reader's promise on any input: a document, or a {@link SeedFormatException} whose position is
 * inside the input. Any other exception propagates and fails the caller.
 */
public final class ReaderInvariants {
  private static final SeedReader READER = SeedReader.create();

  private ReaderInvariants() {}

  /** Reads text, checking the promise. */
  public static void readsOrFailsInside(String text) {
    try {
      READER.read(text, "text");
    } catch (SeedFormatException e) {
      assertInside(e, text);
    }
  }

  /** Reads bytes, checking the promise against the text the bytes decode to. */
  public static void readsOrFailsInside(byte[] bytes) {
    try {
      READER.read(new ByteArrayInputStream(bytes), "bytes");
    } catch (SeedFormatException e) {
      assertInside(e, new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The error's line exists in the input, and its column is at most one past that line's end. */
  private static void assertInside(SeedFormatException e, String text) {
    String[] lines = text.split("\n", -1);
    assertTrue(e.line() >= 1 && e.line() <= lines.length, e.getMessage());
    String line = lines[e.line() - 1];
    assertTrue(
        e.column() >= 1 && e.column() <= line.codePointCount(0, line.length()) + 1, e.getMessage());
  }
}
