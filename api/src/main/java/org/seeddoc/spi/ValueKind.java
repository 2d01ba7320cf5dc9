package org.seeddoc.spi;

/**
 * What a field holds, which decides how the reader reads it, how the writer writes it and which
 * rules check it. The names are those of the value types in {@code docs/format.md} §3.1.
 */
public enum ValueKind {
  /** A short name, written plain when that is safe. */
  TOKEN("token"),
  /** Prose, always written double-quoted. */
  TEXT("text"),
  /** A URL, kept as written, always written double-quoted. */
  URL("URL"),
  /** {@code yyyy-MM-ddTHH:mm:ssZ}, written plain. */
  INSTANT("instant"),
  /** A 32-bit integer, written plain in decimal. */
  INTEGER("integer"),
  /** {@code true} or {@code false}. */
  BOOLEAN("boolean"),
  /** {@code payload;nonce}, written double-quoted. */
  SECURED("secured"),
  /** A nested mapping with a schema of its own. */
  RECORD("mapping"),
  /** A sequence of values of one type. */
  LIST("sequence");

  private final String documentedName;

  ValueKind(String documentedName) {
    this.documentedName = documentedName;
  }

  /**
   * The name the format specification gives this kind.
   *
   * @return such as {@code token} or {@code URL}
   */
  public String documentedName() {
    return documentedName;
  }

  /**
   * Whether a value of this kind is one YAML scalar.
   *
   * @return false for records and lists
   */
  public boolean isScalar() {
    return this != RECORD && this != LIST;
  }
}
