package org.seeddoc;

import java.util.Objects;

/**
 * A key the model does not know, with its value, kept so that writing a document loses nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the key as text
 * @param value the value as it was written
 */
public record UnknownField(String key, YamlValue value) {

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param key the key as text
   * @param value the value as it was written
   */
  public UnknownField {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
