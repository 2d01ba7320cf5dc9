package org.seeddoc.spark.internal.row;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.seeddoc.Finding;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueType;

/**
 * Turns a document and its findings into one row of {@link SparkTypes#READ_SCHEMA}, or of the part
 * of it a query reads: Spark prunes the columns, and the fields of structs, that a query does not
 * use, and each is looked up by name in {@link SeedSchema}. Stateless and thread-safe.
 */
public final class DocumentRows {
  private DocumentRows() {}

  /**
   * The row of one file.
   *
   * @param schema the columns to give: {@link SparkTypes#READ_SCHEMA} or a pruning of it
   * @param document the document, or null for a file that did not read
   * @param path the file's path
   * @param findings its findings
   * @return the row
   */
  public static InternalRow row(
      StructType schema, SeedDocument document, String path, List<Finding> findings) {
    StructField[] columns = schema.fields();
    Object[] values = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      String name = columns[i].name();
      if (name.equals(SparkTypes.PATH)) {
        values[i] = UTF8String.fromString(path);
      } else if (name.equals(SparkTypes.FINDINGS)) {
        values[i] =
            findings(findings, (StructType) ((ArrayType) columns[i].dataType()).elementType());
      } else if (document == null) {
        values[i] = null;
      } else if (name.equals(SparkTypes.BODY)) {
        values[i] = UTF8String.fromString(document.body());
      } else {
        values[i] = field(SeedSchema.DOCUMENT, document, name, columns[i].dataType());
      }
    }
    return new GenericInternalRow(values);
  }

  private static GenericArrayData findings(List<Finding> findings, StructType struct) {
    StructField[] fields = struct.fields();
    Object[] rows = new Object[findings.size()];
    for (int i = 0; i < rows.length; i++) {
      Finding f = findings.get(i);
      Object[] values = new Object[fields.length];
      for (int j = 0; j < fields.length; j++) {
        values[j] =
            switch (fields[j].name()) {
              case "rule" -> UTF8String.fromString(f.rule().id());
              case "severity" -> UTF8String.fromString(f.severity().label());
              case "line" -> f.line();
              case "column" -> f.column();
              case "field" -> utf8(f.field());
              case "message" -> UTF8String.fromString(f.message());
              case "fix" -> utf8(f.fix());
              default ->
                  throw new IllegalArgumentException("a finding has no field " + fields[j].name());
            };
      }
      rows[i] = new GenericInternalRow(values);
    }
    return new GenericArrayData(rows);
  }

  /** One field of a record, by name, as the given (possibly pruned) type. */
  private static <R> Object field(
      RecordSchema<R, ?> schema, Object record, String key, DataType type) {
    FieldSpec<R, ?, ?> field = schema.field(key);
    if (field == null) {
      throw new IllegalArgumentException("a " + schema.name() + " has no field " + key);
    }
    return value(field.type(), field.get(schema.recordType().cast(record)), type);
  }

  private static Object value(ValueType<?> type, Object value, DataType target) {
    if (value == null) {
      return null;
    }
    return switch (type.kind()) {
      case TOKEN, TEXT, URL -> UTF8String.fromString((String) value);
      case INSTANT -> Timestamps.micros((Instant) value);
      case INTEGER, BOOLEAN -> value;
      case SECURED -> {
        StructField[] parts = ((StructType) target).fields();
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
          Secured secured = (Secured) value;
          values[i] =
              UTF8String.fromString(
                  parts[i].name().equals(SparkTypes.PAYLOAD) ? secured.payload() : secured.nonce());
        }
        yield new GenericInternalRow(values);
      }
      case RECORD -> {
        StructField[] fields = ((StructType) target).fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
          values[i] = field(type.record(), value, fields[i].name(), fields[i].dataType());
        }
        yield new GenericInternalRow(values);
      }
      case LIST -> {
        List<?> items = (List<?>) value;
        DataType element = ((ArrayType) target).elementType();
        Object[] array = new Object[items.size()];
        for (int i = 0; i < array.length; i++) {
          array[i] = value(type.item(), items.get(i), element);
        }
        yield new GenericArrayData(array);
      }
    };
  }

  private static UTF8String utf8(String text) {
    return text == null ? null : UTF8String.fromString(text);
  }
}
