package org.seeddoc.spi;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.seeddoc.Secured;

/**
 * The type of a field's value: its kind, and for a list the type of its items, for a record the
 * schema of the mapping. Immutable and thread-safe.
 *
 * @param <V> the Java type of the value
 */
public final class ValueType<V> {
  /** A token such as {@code news}. */
  public static final ValueType<String> TOKEN =
      new ValueType<>(ValueKind.TOKEN, String.class, null, null);

  /** Prose. */
  public static final ValueType<String> TEXT =
      new ValueType<>(ValueKind.TEXT, String.class, null, null);

  /** A URL. */
  public static final ValueType<String> URL =
      new ValueType<>(ValueKind.URL, String.class, null, null);

  /** An instant in whole seconds. */
  public static final ValueType<Instant> INSTANT =
      new ValueType<>(ValueKind.INSTANT, Instant.class, null, null);

  /** An integer. */
  public static final ValueType<Integer> INTEGER =
      new ValueType<>(ValueKind.INTEGER, Integer.class, null, null);

  /** A boolean. */
  public static final ValueType<Boolean> BOOLEAN =
      new ValueType<>(ValueKind.BOOLEAN, Boolean.class, null, null);

  /** The secured value. */
  public static final ValueType<Secured> SECURED =
      new ValueType<>(ValueKind.SECURED, Secured.class, null, null);

  private final ValueKind kind;
  private final Class<?> javaType;
  private final ValueType<?> item;

  /**
   * Supplied lazily: the document's schema names the related article's before that one is built.
   */
  private final Supplier<RecordSchema<?, ?>> record;

  /**
   * The supplied schema, kept once asked for. Racy on purpose: every thread that sees null asks the
   * supplier, which returns the same immutable, safely published schema.
   */
  private RecordSchema<?, ?> resolved;

  private ValueType(
      ValueKind kind, Class<?> javaType, ValueType<?> item, Supplier<RecordSchema<?, ?>> record) {
    this.kind = kind;
    this.javaType = javaType;
    this.item = item;
    this.record = record;
  }

  /**
   * A list of items of one type.
   *
   * @param item the items' type
   * @param <T> the items' Java type
   * @return the list type
   */
  public static <T> ValueType<List<T>> listOf(ValueType<T> item) {
    return new ValueType<>(ValueKind.LIST, List.class, item, null);
  }

  /**
   * A nested mapping.
   *
   * @param javaType the record class
   * @param schema the record's schema, supplied when first needed
   * @param <R> the record type
   * @return the record type
   */
  public static <R> ValueType<R> record(Class<R> javaType, Supplier<RecordSchema<?, ?>> schema) {
    return new ValueType<>(ValueKind.RECORD, javaType, null, schema);
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * The Java type of values: {@code List} for lists.
   *
   * @return the class
   */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * The type of a list's items.
   *
   * @return the item type
   * @throws IllegalStateException if this is not a list
   */
  public ValueType<?> item() {
    if (item == null) {
      throw new IllegalStateException(kind + " has no items");
    }
    return item;
  }

  /**
   * The schema of a record.
   *
   * @return the schema
   * @throws IllegalStateException if this is not a record
   */
  public RecordSchema<?, ?> record() {
    if (record == null) {
      throw new IllegalStateException(kind + " has no schema");
    }
    RecordSchema<?, ?> schema = resolved;
    if (schema == null) {
      schema = record.get();
      resolved = schema;
    }
    return schema;
  }

  /**
   * Casts a value read for this type. The reader makes a value of the right class for each kind, so
   * this fails only on a bug; for lists the item type is the reader's promise, not checked here.
   *
   * @param value a value of this type, or null
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public V cast(Object value) {
    return (V) javaType.cast(value);
  }

  /** The type as the format specification names it, such as {@code sequence of tokens}. */
  @Override
  public String toString() {
    return switch (kind) {
      case LIST -> "sequence of " + item + "s";
      case RECORD -> record().name() + " mapping";
      default -> kind.documentedName();
    };
  }
}
