package org.seeddoc.cli.lsp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bodies of the Language Server Protocol's messages, read from the editor's bytes so that no
 * message can put the stream out of step. LSP4J's own reader parses a body straight from the stream
 * and, when the parse fails (a wrong {@code Content-Length}, a body nested 100,000 deep), reads the
 * rest of that body as headers: every message after it was lost, {@code exit} included.
 *
 * <p>Here a header block is found by its {@code Content-Length} wherever it starts, so bytes left
 * over from a broken message are skipped; and a body ends where its JSON value ends, or at its
 * declared length, whichever comes first. Not thread-safe: one reader thread.
 */
final class LspFrames {
  /** The largest body read; a bigger one is skipped. Seed documents are far smaller. */
  static final int MAX_BODY = 64 << 20;

  private static final int MAX_HEADERS = 8192;
  private static final byte[] CONTENT_LENGTH =
      "content-length:".getBytes(StandardCharsets.US_ASCII);

  private final InputStream in;

  /** One byte read ahead and not yet used, or -2 for none. */
  private int ahead = -2;

  private long skipped;

  LspFrames(InputStream in) {
    this.in = new BufferedInputStream(in, 65536);
  }

  /**
   * The next body.
   *
   * @return its bytes, or null at the end of the stream
   * @throws IOException if the stream fails
   */
  byte[] next() throws IOException {
    while (true) {
      if (!seekContentLength()) {
        return null;
      }
      long length = lengthValue();
      if (length < 0 || !skipOtherHeaders()) {
        continue;
      }
      if (length > MAX_BODY) {
        skipped += 1;
        continue;
      }
      return body((int) length);
    }
  }

  /**
   * How many stretches of bytes that were no message have been skipped so far, for the log.
   *
   * @return the count
   */
  long skipped() {
    return skipped;
  }

  private int read() throws IOException {
    if (ahead != -2) {
      int c = ahead;
      ahead = -2;
      return c;
    }
    return in.read();
  }

  /** Reads up to and past a {@code Content-Length:} name, case-insensitively; false at the end. */
  private boolean seekContentLength() throws IOException {
    int matched = 0;
    boolean junk = false;
    for (int c = read(); c >= 0; c = read()) {
      int lower = c >= 'A' && c <= 'Z' ? c + 32 : c;
      if (lower == CONTENT_LENGTH[matched]) {
        if (++matched == CONTENT_LENGTH.length) {
          if (junk) {
            skipped++;
          }
          return true;
        }
      } else {
        junk |= matched > 0 || (c != '\r' && c != '\n');
        matched = lower == CONTENT_LENGTH[0] ? 1 : 0;
      }
    }
    return false;
  }

  /** The header's value up to its line's end: a decimal length, or -1 when it is none. */
  private long lengthValue() throws IOException {
    long value = -1;
    int c = read();
    while (c == ' ' || c == '\t') {
      c = read();
    }
    while (c >= '0' && c <= '9' && value < Integer.MAX_VALUE) {
      value = (value < 0 ? 0 : value * 10) + (c - '0');
      c = read();
    }
    while (c == ' ' || c == '\t' || c == '\r') {
      c = read();
    }
    if (c != '\n') {
      ahead = c;
      skipped++;
      return -1;
    }
    return value;
  }

  /** Reads the header lines after Content-Length up to the blank line; false if they never end. */
  private boolean skipOtherHeaders() throws IOException {
    int lineLength = 0;
    for (int read = 0, c = read(); c >= 0; read++, c = read()) {
      if (read > MAX_HEADERS) {
        skipped++;
        return false;
      }
      if (c == '\n') {
        if (lineLength == 0) {
          return true;
        }
        lineLength = 0;
      } else if (c != '\r') {
        lineLength++;
      }
    }
    return false;
  }

  /**
   * A body of at most {@code length} bytes that ends early where its JSON value ends: a wrong, too
   * long length then costs no message after it. The nesting is counted, never recursed into.
   */
  private byte[] body(int length) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(length, 65536));
    int depth = 0;
    boolean started = false;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < length; i++) {
      int c = read();
      if (c < 0) {
        break;
      }
      body.write(c);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
        started = true;
      } else if (c == '}' || c == ']') {
        depth--;
        if (started && depth <= 0) {
          break;
        }
      }
    }
    return body.toByteArray();
  }
}
