package org.seeddoc.spark.internal.row;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.seeddoc.Finding;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.internal.schema.FieldSpec;
import org.seeddoc.internal.schema.RecordSchema;
import org.seeddoc.internal.schema.SeedSchema;
import org.seeddoc.internal.schema.ValueType;

/**
 * Turns a document and its findings into one row of {@link SparkTypes#READ_SCHEMA}, walking
 * {@link SeedSchema} as the writer does. Stateless and thread-safe.
 */
public final class DocumentRows {
  private static final int DOCUMENT_FIELDS = SeedSchema.DOCUMENT.fields().size();

  private DocumentRows() {}

  /**
   * The row of one file.
   *
   * @param document the document, or null for a file that did not read
   * @param path the file's path
   * @param findings its findings
   * @return the row
   */
  public static InternalRow row(SeedDocument document, String path, List<Finding> findings) {
    Object[] values = new Object[SparkTypes.READ_SCHEMA.size()];
    if (document != null) {
      fill(SeedSchema.DOCUMENT, document, values);
      values[DOCUMENT_FIELDS] = UTF8String.fromString(document.body());
    }
    values[DOCUMENT_FIELDS + 1] = UTF8String.fromString(path);
    Object[] rows = new Object[findings.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = finding(findings.get(i));
    }
    values[DOCUMENT_FIELDS + 2] = new GenericArrayData(rows);
    return new GenericInternalRow(values);
  }

  private static InternalRow finding(Finding f) {
    return new GenericInternalRow(new Object[] {
      UTF8String.fromString(f.rule().id()),
      UTF8String.fromString(f.severity().label()),
      f.line(),
      f.column(),
      utf8(f.field()),
      UTF8String.fromString(f.message()),
      utf8(f.fix())});
  }

  /** The values of a record's fields, in the schema's order, into the first slots of {@code values}. */
  private static <R> void fill(RecordSchema<R, ?> schema, Object record, Object[] values) {
    R typed = schema.recordType().cast(record);
    List<? extends FieldSpec<R, ?, ?>> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      FieldSpec<R, ?, ?> field = fields.get(i);
      values[i] = value(field.type(), field.get(typed));
    }
  }

  private static Object value(ValueType<?> type, Object value) {
    if (value == null) {
      return null;
    }
    return switch (type.kind()) {
      case TOKEN, TEXT, URL -> UTF8String.fromString((String) value);
      case INSTANT -> Timestamps.micros((Instant) value);
      case INTEGER, BOOLEAN -> value;
      case SECURED -> new GenericInternalRow(new Object[] {
        UTF8String.fromString(((Secured) value).payload()), UTF8String.fromString(((Secured) value).nonce())});
      case RECORD -> {
        Object[] fields = new Object[type.record().fields().size()];
        fill(type.record(), value, fields);
        yield new GenericInternalRow(fields);
      }
      case LIST -> {
        List<?> items = (List<?>) value;
        Object[] array = new Object[items.size()];
        for (int i = 0; i < array.length; i++) {
          array[i] = value(type.item(), items.get(i));
        }
        yield new GenericArrayData(array);
      }
    };
  }

  private static UTF8String utf8(String text) {
    return text == null ? null : UTF8String.fromString(text);
  }
}
