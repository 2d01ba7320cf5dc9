package org.seeddoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.seeddoc.internal.read.DocumentParser;
import org.seeddoc.spi.ReaderLimits;

/**
 * Reads seed documents from files, streams or text.
 *
 * <p>Two kinds of method: {@code parse} returns a {@link ParseResult} holding the document and
 * every finding, and never throws for bad content; {@code read} returns the document and throws
 * {@link SeedFormatException} when the file has any error. Whatever the input, nothing else escapes
 * either of them but the {@link IOException} of a source that cannot be read.
 *
 * <p>The reader is safe on hostile input: it refuses anchors, aliases, tags and merge keys rather
 * than expanding them, never expands environment variables, and stops at configurable limits on
 * document size, nesting depth and scalar length, reading no more of a source than the size limit.
 *
 * <p>Immutable and thread-safe: create one and share it.
 *
 * <pre>{@code
 * SeedReader reader = SeedReader.create();
 * SeedDocument document = reader.read(Path.of("seeds/000_d1aaf954cc0ce8f5.txt"));
 * }</pre>
 */
public final class SeedReader {
  private final DocumentParser parser;
  private final int maxDocumentSize;

  private SeedReader(ReaderLimits limits) {
    this.parser = new DocumentParser(limits);
    this.maxDocumentSize = limits.maxDocumentSize();
  }

  /**
   * Creates a reader with the default limits: documents up to 1 MiB, nesting up to 32 levels,
   * scalars up to 65,536 characters.
   *
   * @return the reader
   */
  public static SeedReader create() {
    return new SeedReader(ReaderLimits.DEFAULTS);
  }

  /**
   * Starts a builder for a reader with other limits.
   *
   * @return a builder holding the default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a file.
   *
   * @param file the file; its path as given is the source name of findings
   * @return the result
   * @throws IOException if the file cannot be read
   */
  public ParseResult parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Parses bytes that should be UTF-8. Reads no more than one byte past the size limit.
   *
   * @param in the bytes; not closed
   * @param source the source name for findings
   * @return the result
   * @throws IOException if the stream fails
   */
  public ParseResult parse(InputStream in, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    return parse(in.readNBytes(maxDocumentSize + 1), source);
  }

  /**
   * Parses bytes that should be UTF-8, such as a file already read.
   *
   * @param bytes the bytes; more than the size limit is an SD005 error
   * @param source the source name for findings
   * @return the result
   */
  public ParseResult parse(byte[] bytes, String source) {
    Objects.requireNonNull(source, "source");
    return new ParseResult(source, parser.parse(bytes, bytes.length, source));
  }

  /**
   * Parses text. Stops reading a few kilobytes past the size limit.
   *
   * @param in the text; not closed
   * @param source the source name for findings
   * @return the result
   * @throws IOException if the reader fails
   */
  public ParseResult parse(Reader in, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; text.length() <= maxDocumentSize && (n = in.read(buffer)) > 0; ) {
      text.append(buffer, 0, n);
    }
    return parse(text.toString(), source);
  }

  /**
   * Parses text.
   *
   * @param text the document
   * @param source the source name for findings
   * @return the result
   */
  public ParseResult parse(String text, String source) {
    Objects.requireNonNull(source, "source");
    return new ParseResult(source, parser.parse(text, source));
  }

  /**
   * Reads a file.
   *
   * @param file the file
   * @return the document
   * @throws IOException if the file cannot be read
   * @throws SeedFormatException if the document has an error
   */
  public SeedDocument read(Path file) throws IOException {
    return parse(file).documentOrThrow();
  }

  /**
   * Reads bytes that should be UTF-8.
   *
   * @param in the bytes; not closed
   * @param source the source name for errors
   * @return the document
   * @throws IOException if the stream fails
   * @throws SeedFormatException if the document has an error
   */
  public SeedDocument read(InputStream in, String source) throws IOException {
    return parse(in, source).documentOrThrow();
  }

  /**
   * Reads text.
   *
   * @param in the text; not closed
   * @param source the source name for errors
   * @return the document
   * @throws IOException if the reader fails
   * @throws SeedFormatException if the document has an error
   */
  public SeedDocument read(Reader in, String source) throws IOException {
    return parse(in, source).documentOrThrow();
  }

  /**
   * Reads text.
   *
   * @param text the document
   * @param source the source name for errors
   * @return the document
   * @throws SeedFormatException if the document has an error
   */
  public SeedDocument read(String text, String source) {
    return parse(text, source).documentOrThrow();
  }

  /** Builds a {@link SeedReader} with other limits. Not thread-safe. */
  public static final class Builder {
    private int maxDocumentSize = ReaderLimits.DEFAULTS.maxDocumentSize();
    private int maxDepth = ReaderLimits.DEFAULTS.maxDepth();
    private int maxScalarLength = ReaderLimits.DEFAULTS.maxScalarLength();

    private Builder() {}

    /**
     * Sets the largest document: bytes for byte sources, characters for text sources.
     *
     * @param value the limit, from 1 to 2<sup>30</sup>; the default is 1,048,576
     * @return this builder
     */
    public Builder maxDocumentSize(int value) {
      maxDocumentSize = value;
      return this;
    }

    /**
     * Sets how deeply mappings and sequences may nest; the front matter itself is level 1.
     *
     * @param value the limit, at least 1; the default is 32
     * @return this builder
     */
    public Builder maxDepth(int value) {
      maxDepth = value;
      return this;
    }

    /**
     * Sets the longest scalar, in characters.
     *
     * @param value the limit, at least 1; the default is 65,536
     * @return this builder
     */
    public Builder maxScalarLength(int value) {
      maxScalarLength = value;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     * @throws IllegalArgumentException if a limit is less than 1
     */
    public SeedReader build() {
      return new SeedReader(new ReaderLimits(maxDocumentSize, maxDepth, maxScalarLength));
    }
  }
}
