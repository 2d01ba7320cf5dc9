package org.seeddoc.spark.internal.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueKind;
import org.seeddoc.spi.ValueType;

/**
 * Turns rows of a DataFrame into documents: the inverse of {@link DocumentRows}, for any DataFrame
 * whose columns are some of {@link SparkTypes#READ_SCHEMA}'s, matched by name, in any order. A
 * column that is missing is a field that is absent. Bound on the driver, to refuse a DataFrame
 * before any task starts, and again in each task from the schema Spark ships; immutable and
 * thread-safe.
 */
public final class RowDocuments {
  private final Binding document;
  private final int body;

  private RowDocuments(Binding document, int body) {
    this.document = document;
    this.body = body;
  }

  /**
   * Binds a DataFrame's columns to the document's fields.
   *
   * @param input the DataFrame's schema
   * @param ignored columns that are not the document's and are not written, such as the one naming
   *     files
   * @return the binding
   * @throws IllegalArgumentException naming every column that is no field of the format or has a
   *     type that is not the field's
   */
  public static RowDocuments bind(StructType input, Set<String> ignored) {
    List<String> problems = new ArrayList<>();
    for (StructField column : input.fields()) {
      boolean known =
          SparkTypes.DOCUMENT.getFieldIndex(column.name()).isDefined()
              || column.name().equals(SparkTypes.PATH)
              || column.name().equals(SparkTypes.FINDINGS);
      if (!known && !ignored.contains(column.name())) {
        problems.add("'" + column.name() + "' is no field of a seed document");
      }
    }
    Binding document = Binding.of(SeedSchema.DOCUMENT, input, "", problems);
    int body = ordinal(input, SparkTypes.BODY);
    if (body >= 0) {
      Reader.of(ValueType.TEXT, input.fields()[body].dataType(), SparkTypes.BODY, problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "seeddoc cannot write these columns: " + String.join("; ", problems));
    }
    return new RowDocuments(document, body);
  }

  /**
   * The document of a row.
   *
   * @param row a row of the bound schema
   * @return the document
   */
  public SeedDocument document(InternalRow row) {
    SeedDocument.Builder builder = document.fill(SeedSchema.DOCUMENT, row);
    builder.body(body < 0 || row.isNullAt(body) ? "" : row.getUTF8String(body).toString());
    return SeedSchema.DOCUMENT.build(builder, List.of());
  }

  /**
   * Whether a row holds no document at all: every field and the body null, as for a file that did
   * not read.
   *
   * @param row a row of the bound schema
   * @return whether it is empty
   */
  public boolean isEmpty(InternalRow row) {
    return document.allNull(row) && (body < 0 || row.isNullAt(body));
  }

  /** The ordinal of a column, or -1 when there is none. */
  private static int ordinal(StructType struct, String name) {
    return struct.getFieldIndex(name).isEmpty() ? -1 : struct.fieldIndex(name);
  }

  /** Where each field of one kind of mapping is in a struct, and how to read its value. */
  private static final class Binding {
    private final RecordSchema<?, ?> schema;
    private final int[] ordinals;
    private final Reader[] readers;

    private Binding(RecordSchema<?, ?> schema, int[] ordinals, Reader[] readers) {
      this.schema = schema;
      this.ordinals = ordinals;
      this.readers = readers;
    }

    static Binding of(
        RecordSchema<?, ?> schema, StructType struct, String prefix, List<String> problems) {
      List<? extends FieldSpec<?, ?, ?>> fields = schema.fields();
      int[] ordinals = new int[fields.size()];
      Reader[] readers = new Reader[fields.size()];
      for (int i = 0; i < ordinals.length; i++) {
        FieldSpec<?, ?, ?> field = fields.get(i);
        ordinals[i] = ordinal(struct, field.key());
        if (ordinals[i] >= 0) {
          readers[i] =
              Reader.of(
                  field.type(),
                  struct.fields()[ordinals[i]].dataType(),
                  prefix + field.key(),
                  problems);
        }
      }
      for (StructField column : struct.fields()) {
        if (!prefix.isEmpty() && schema.field(column.name()) == null) {
          problems.add("'" + prefix + column.name() + "' is no field of a seed document");
        }
      }
      return new Binding(schema, ordinals, readers);
    }

    /** A builder of the record given the row's values; {@code record} is this binding's schema. */
    <R, B> B fill(RecordSchema<R, B> record, InternalRow row) {
      B builder = record.newBuilder();
      List<FieldSpec<R, B, ?>> fields = record.fields();
      for (int i = 0; i < ordinals.length; i++) {
        if (ordinals[i] >= 0 && !row.isNullAt(ordinals[i])) {
          fields.get(i).set(builder, readers[i].read(row, ordinals[i]));
        }
      }
      return builder;
    }

    Object record(InternalRow row) {
      return buildRecord(schema, row);
    }

    private <R, B> R buildRecord(RecordSchema<R, B> record, InternalRow row) {
      return record.build(fill(record, row), List.of());
    }

    boolean allNull(InternalRow row) {
      for (int ordinal : ordinals) {
        if (ordinal >= 0 && !row.isNullAt(ordinal)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Reads one field's value out of a row or array, as the model's Java type. */
  private interface Reader {
    Object read(InternalRow row, int ordinal);

    Object item(ArrayData array, int index);

    static Reader of(ValueType<?> type, DataType actual, String path, List<String> problems) {
      if (type.kind().isScalar()
          && type.kind() != ValueKind.SECURED
          && !actual.equals(SparkTypes.type(type))) {
        return mismatch(actual, type, path, problems);
      }
      return switch (type.kind()) {
        case TOKEN, TEXT, URL -> new Scalar(Scalar.STRING);
        case INSTANT -> new Scalar(Scalar.TIMESTAMP);
        case INTEGER -> new Scalar(Scalar.INT);
        case BOOLEAN -> new Scalar(Scalar.BOOLEAN);
        case SECURED ->
            actual instanceof StructType struct
                ? new SecuredReader(struct, path, problems)
                : mismatch(actual, type, path, problems);
        case RECORD ->
            actual instanceof StructType struct
                ? new RecordReader(
                    Binding.of(type.record(), struct, path + ".", problems), struct.size())
                : mismatch(actual, type, path, problems);
        case LIST ->
            actual instanceof ArrayType array
                ? new ListReader(of(type.item(), array.elementType(), path + "[]", problems))
                : mismatch(actual, type, path, problems);
      };
    }

    private static Reader mismatch(
        DataType actual, ValueType<?> type, String path, List<String> problems) {
      problems.add(
          "'"
              + path
              + "' is "
              + actual.simpleString()
              + ", not "
              + SparkTypes.type(type).simpleString());
      return null;
    }
  }

  private record Scalar(int kind) implements Reader {
    static final int STRING = 0;
    static final int TIMESTAMP = 1;
    static final int INT = 2;
    static final int BOOLEAN = 3;

    @Override
    public Object read(InternalRow row, int ordinal) {
      return switch (kind) {
        case STRING -> row.getUTF8String(ordinal).toString();
        case TIMESTAMP -> Timestamps.instant(row.getLong(ordinal));
        case INT -> row.getInt(ordinal);
        default -> row.getBoolean(ordinal);
      };
    }

    @Override
    public Object item(ArrayData array, int index) {
      return switch (kind) {
        case STRING -> array.getUTF8String(index).toString();
        case TIMESTAMP -> Timestamps.instant(array.getLong(index));
        case INT -> array.getInt(index);
        default -> array.getBoolean(index);
      };
    }
  }

  private record RecordReader(Binding binding, int size) implements Reader {
    @Override
    public Object read(InternalRow row, int ordinal) {
      return binding.record(row.getStruct(ordinal, size));
    }

    @Override
    public Object item(ArrayData array, int index) {
      return binding.record(array.getStruct(index, size));
    }
  }

  private record ListReader(Reader items) implements Reader {
    @Override
    public Object read(InternalRow row, int ordinal) {
      return list(row.getArray(ordinal));
    }

    @Override
    public Object item(ArrayData array, int index) {
      return list(array.getArray(index));
    }

    private List<Object> list(ArrayData array) {
      List<Object> values = new ArrayList<>(array.numElements());
      for (int i = 0; i < array.numElements(); i++) {
        if (array.isNullAt(i)) {
          throw new IllegalArgumentException("a seed document's lists hold no null item");
        }
        values.add(items.item(array, i));
      }
      return values;
    }
  }

  private static final class SecuredReader implements Reader {
    private final int payload;
    private final int nonce;
    private final int size;

    SecuredReader(StructType struct, String path, List<String> problems) {
      payload = ordinal(struct, SparkTypes.PAYLOAD);
      nonce = ordinal(struct, SparkTypes.NONCE);
      size = struct.size();
      if (payload < 0 || nonce < 0 || struct.size() != 2) {
        problems.add(
            "'"
                + path
                + "' is "
                + struct.simpleString()
                + ", not "
                + SparkTypes.type(ValueType.SECURED).simpleString());
      } else {
        Reader.of(
            ValueType.TEXT,
            struct.fields()[payload].dataType(),
            path + "." + SparkTypes.PAYLOAD,
            problems);
        Reader.of(
            ValueType.TEXT,
            struct.fields()[nonce].dataType(),
            path + "." + SparkTypes.NONCE,
            problems);
      }
    }

    @Override
    public Object read(InternalRow row, int ordinal) {
      return secured(row.getStruct(ordinal, size));
    }

    @Override
    public Object item(ArrayData array, int index) {
      return secured(array.getStruct(index, size));
    }

    private Secured secured(InternalRow struct) {
      if (struct.isNullAt(payload) || struct.isNullAt(nonce)) {
        throw new IllegalArgumentException("a secured value has both a payload and a nonce");
      }
      return new Secured(
          struct.getUTF8String(payload).toString(), struct.getUTF8String(nonce).toString());
    }
  }
}
