package org.seeddoc.spark.internal.row;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueType;

/**
 * Spark's types for seed documents, generated from {@link SeedSchema} so that a field added there
 * is a column here. Every field is nullable, as in Spark's own file sources: a file that does not
 * read is a row of nulls with its findings.
 */
public final class SparkTypes {
  /** The column of the document's body. */
  public static final String BODY = "_body";

  /** The column of the file's path. */
  public static final String PATH = "_path";

  /** The column of the file's findings. */
  public static final String FINDINGS = "_findings";

  /** The secured value's parts. */
  static final String PAYLOAD = "payload";

  static final String NONCE = "nonce";

  /** A finding, with the fields and names of {@code seeddoc check --format json} but the file. */
  public static final StructType FINDING =
      new StructType(
          new StructField[] {
            nonNull("rule", DataTypes.StringType),
            nonNull("severity", DataTypes.StringType),
            nonNull("line", DataTypes.IntegerType),
            nonNull("column", DataTypes.IntegerType),
            nullable("field", DataTypes.StringType),
            nonNull("message", DataTypes.StringType),
            nullable("fix", DataTypes.StringType)
          });

  /** The document's columns: its fields in canonical order, then the body. */
  public static final StructType DOCUMENT = withBody(record(SeedSchema.DOCUMENT));

  /** Every column a read gives. */
  public static final StructType READ_SCHEMA =
      DOCUMENT
          .add(nonNull(PATH, DataTypes.StringType))
          .add(nonNull(FINDINGS, DataTypes.createArrayType(FINDING, false)));

  private SparkTypes() {}

  /** The struct of one kind of mapping. */
  static StructType record(RecordSchema<?, ?> schema) {
    List<StructField> fields = new ArrayList<>();
    for (FieldSpec<?, ?, ?> field : schema.fields()) {
      fields.add(nullable(field.key(), type(field.type())));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** The Spark type of a value. */
  static DataType type(ValueType<?> type) {
    return switch (type.kind()) {
      case TOKEN, TEXT, URL -> DataTypes.StringType;
      case INSTANT -> DataTypes.TimestampType;
      case INTEGER -> DataTypes.IntegerType;
      case BOOLEAN -> DataTypes.BooleanType;
      case SECURED ->
          new StructType(
              new StructField[] {
                nullable(PAYLOAD, DataTypes.StringType), nullable(NONCE, DataTypes.StringType)
              });
      case RECORD -> record(type.record());
      // The model holds no null item, so neither does an array.
      case LIST -> DataTypes.createArrayType(type(type.item()), false);
    };
  }

  private static StructType withBody(StructType document) {
    return document.add(nullable(BODY, DataTypes.StringType));
  }

  private static StructField nullable(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructField nonNull(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }
}
