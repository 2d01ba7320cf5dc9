package org.seeddoc.spi;

/**
 * The reader's limits, which keep hostile input cheap to refuse.
 *
 * @param maxDocumentSize the largest document, in bytes for byte input and in chars for text input
 * @param maxDepth the deepest nesting of mappings and sequences; the front matter itself is depth 1
 * @param maxScalarLength the longest scalar, in chars
 */
public record ReaderLimits(int maxDocumentSize, int maxDepth, int maxScalarLength) {
  /** The largest size limit: 1 GiB. */
  public static final int MAX_DOCUMENT_SIZE = 1 << 30;

  /** The defaults: 1 MiB, depth 32, 64 Ki chars. */
  public static final ReaderLimits DEFAULTS = new ReaderLimits(1 << 20, 32, 1 << 16);

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param maxDocumentSize the largest document, in bytes for byte input and in chars for text
   *     input
   * @param maxDepth the deepest nesting of mappings and sequences; the front matter itself is depth
   *     1
   * @param maxScalarLength the longest scalar, in chars
   */
  public ReaderLimits {
    if (maxDocumentSize < 1 || maxDepth < 1 || maxScalarLength < 1) {
      throw new IllegalArgumentException("reader limits must be positive");
    }
    if (maxDocumentSize > MAX_DOCUMENT_SIZE) {
      throw new IllegalArgumentException("the document size limit is at most " + MAX_DOCUMENT_SIZE);
    }
  }
}
