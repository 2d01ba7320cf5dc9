package org.seeddoc.spi;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One row of a record's schema: a field's key, its type, whether a document must give it, where the
 * canonical layout puts it, and how its value is got from a record and given to a builder.
 * Immutable and thread-safe.
 *
 * @param key the key in the front matter
 * @param type the value's type
 * @param required whether a mapping of this record must give the key
 * @param layout where the canonical layout puts the field
 * @param getter the record's accessor
 * @param setter the builder's setter
 * @param <R> the record type
 * @param <B> the builder type
 * @param <V> the value type
 */
public record FieldSpec<R, B, V>(
    String key,
    ValueType<V> type,
    boolean required,
    Layout layout,
    Function<R, V> getter,
    BiConsumer<B, V> setter) {

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param key the key in the front matter
   * @param type the value's type
   * @param required whether a mapping of this record must give the key
   * @param layout where the canonical layout puts the field
   * @param getter the record's accessor
   * @param setter the builder's setter
   */
  public FieldSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(getter, "getter");
    Objects.requireNonNull(setter, "setter");
  }

  /**
   * The field's value in a record.
   *
   * @param record the record
   * @return the value, or null when absent
   */
  public V get(R record) {
    return getter.apply(record);
  }

  /**
   * Gives a builder a value read for this field.
   *
   * @param builder the builder
   * @param value a value of the field's type, or null
   */
  public void set(B builder, Object value) {
    setter.accept(builder, type.cast(value));
  }
}
