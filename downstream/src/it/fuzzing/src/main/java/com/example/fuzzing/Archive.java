package com.example.fuzzing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;

/** A user's own code: stores seed documents compressed, and reads them back. */
public final class Archive {
  private static final SeedWriter WRITER = SeedWriter.create();
  private static final SeedReader READER = SeedReader.create();

  private Archive() {}

  /** The document, compressed. */
  public static byte[] store(SeedDocument document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(WRITER.write(document).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The document stored in the bytes. */
  public static SeedDocument load(byte[] stored) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
      return READER.read(in, "archive");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
