package org.seeddoc.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.seeddoc.UnknownField;

/**
 * The schema of one kind of mapping: its fields in canonical order, and how a record of it is built
 * and taken apart. The reader dispatches on it, the writer follows its order and layout, and the
 * required-key check, the testkit's generators and the documentation tests read it. Immutable and
 * thread-safe.
 *
 * @param <R> the record type
 * @param <B> the record's builder type
 */
public final class RecordSchema<R, B> {
  /** At most 64 fields, so that a {@code long} can say which of them a mapping gave. */
  private static final int MAX_FIELDS = Long.SIZE;

  private final String name;
  private final Class<R> recordType;
  private final List<FieldSpec<R, B, ?>> fields;
  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<String> keys;
  private final List<String> required;
  private final List<FieldSpec<R, B, ?>> beforeUnknownFields;
  private final List<FieldSpec<R, B, ?>> afterUnknownFields;
  private final List<FieldSpec<R, B, ?>> recordFields;
  private final Supplier<B> builder;
  private final Function<R, B> toBuilder;
  private final Function<B, R> build;
  private final Function<R, List<UnknownField>> unknownFields;
  private final BiConsumer<B, List<UnknownField>> setUnknownFields;

  RecordSchema(
      String name,
      Class<R> recordType,
      List<FieldSpec<R, B, ?>> fields,
      Supplier<B> builder,
      Function<R, B> toBuilder,
      Function<B, R> build,
      Function<R, List<UnknownField>> unknownFields,
      BiConsumer<B, List<UnknownField>> setUnknownFields) {
    if (fields.size() > MAX_FIELDS) {
      throw new IllegalArgumentException("a schema has at most 64 fields");
    }
    this.name = name;
    this.recordType = recordType;
    this.fields = List.copyOf(fields);
    for (int i = 0; i < fields.size(); i++) {
      if (indexes.put(fields.get(i).key(), i) != null) {
        throw new IllegalArgumentException(
            "the key " + fields.get(i).key() + " is in " + name + " twice");
      }
    }
    this.keys = fields.stream().map(FieldSpec::key).toList();
    this.required = fields.stream().filter(FieldSpec::required).map(FieldSpec::key).toList();
    this.beforeUnknownFields =
        fields.stream().filter(f -> f.layout() != Layout.LAST_BLOCK).toList();
    this.afterUnknownFields = fields.stream().filter(f -> f.layout() == Layout.LAST_BLOCK).toList();
    this.recordFields = fields.stream().filter(f -> holdsRecords(f.type())).toList();
    this.builder = builder;
    this.toBuilder = toBuilder;
    this.build = build;
    this.unknownFields = unknownFields;
    this.setUnknownFields = setUnknownFields;
  }

  /**
   * The name the format specification gives this mapping, such as {@code provider}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The record class.
   *
   * @return the class
   */
  public Class<R> recordType() {
    return recordType;
  }

  /**
   * The fields, in canonical order.
   *
   * @return the fields; unmodifiable
   */
  public List<FieldSpec<R, B, ?>> fields() {
    return fields;
  }

  /**
   * The fields the canonical layout writes before the mapping's unknown fields, in order.
   *
   * @return the fields; unmodifiable
   */
  public List<FieldSpec<R, B, ?>> beforeUnknownFields() {
    return beforeUnknownFields;
  }

  /**
   * The fields the canonical layout writes after the mapping's unknown fields: its last block.
   *
   * @return the fields; unmodifiable
   */
  public List<FieldSpec<R, B, ?>> afterUnknownFields() {
    return afterUnknownFields;
  }

  /**
   * The fields that hold records, or lists of them: the ones a walk of a document's records goes
   * into, so that it need not read every other field of every record to find them.
   *
   * @return the fields, in canonical order; unmodifiable
   */
  public List<FieldSpec<R, B, ?>> recordFields() {
    return recordFields;
  }

  private static boolean holdsRecords(ValueType<?> type) {
    return type.kind() == ValueKind.RECORD
        || (type.kind() == ValueKind.LIST && type.item().kind() == ValueKind.RECORD);
  }

  /**
   * The keys, in canonical order.
   *
   * @return the keys; unmodifiable
   */
  public List<String> keys() {
    return keys;
  }

  /**
   * The keys a mapping must give, in canonical order.
   *
   * @return the keys; unmodifiable
   */
  public List<String> required() {
    return required;
  }

  /**
   * The field of a key.
   *
   * @param key a key
   * @return the field, or null when the schema does not define the key
   */
  public FieldSpec<R, B, ?> field(String key) {
    Integer index = indexes.get(key);
    return index == null ? null : fields.get(index);
  }

  /**
   * The bit that stands for a key in a mask of the keys a mapping gave.
   *
   * @param key a key
   * @return the bit, or 0 for a key the schema does not define
   */
  public long bit(String key) {
    Integer index = indexes.get(key);
    return index == null ? 0 : 1L << index;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public B newBuilder() {
    return builder.get();
  }

  /**
   * A builder holding a record's values, those of no row (a document's body) included.
   *
   * @param record the record
   * @return the builder
   */
  public B toBuilder(R record) {
    return toBuilder.apply(record);
  }

  /**
   * Builds the record.
   *
   * @param filled a builder given every value that was read
   * @param unknown the unknown fields, in the order they were read
   * @return the record
   */
  public R build(B filled, List<UnknownField> unknown) {
    setUnknownFields.accept(filled, unknown);
    return build.apply(filled);
  }

  /**
   * A record's unknown fields.
   *
   * @param record the record
   * @return the fields, in order
   */
  public List<UnknownField> unknownFields(R record) {
    return unknownFields.apply(record);
  }
}
