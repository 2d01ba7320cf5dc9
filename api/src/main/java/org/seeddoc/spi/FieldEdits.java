package org.seeddoc.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seeddoc.Secured;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;
import org.seeddoc.internal.util.Instants;

/**
 * Edits of a document by field path, walked by the schema table: the value a path names, and a copy
 * of a record with the value at a path replaced, or with an unknown key renamed to a known one. The
 * records are immutable, so each edit rebuilds the records on the path. Thread-safe.
 */
public final class FieldEdits {
  private FieldEdits() {}

  /**
   * The value a path names in a record: a field's value, a list item, or an unknown field's value
   * as written.
   *
   * @param schema the record's schema
   * @param record the record
   * @param path the field path
   * @param <R> the record type
   * @return the value, or null when the path names nothing there
   */
  public static <R> Object valueAt(RecordSchema<R, ?> schema, R record, String path) {
    Optional<List<Object>> steps = FieldPath.stepsIfPath(path);
    if (steps.isEmpty()) {
      return null;
    }
    Object value = record;
    RecordSchema<?, ?> current = schema;
    for (Object step : steps.get()) {
      if (step instanceof Integer index) {
        value = value instanceof List<?> items && index < items.size() ? items.get(index) : null;
        continue;
      }
      if (current == null || value == null) {
        return null;
      }
      value = valueOf(current, value, (String) step);
      current = nextSchema(current, (String) step);
    }
    return value;
  }

  private static <R> Object valueOf(RecordSchema<R, ?> schema, Object record, String key) {
    R typed = schema.recordType().cast(record);
    FieldSpec<R, ?, ?> field = schema.field(key);
    if (field != null) {
      return field.get(typed);
    }
    return schema.unknownFields(typed).stream()
        .filter(f -> f.key().equals(key))
        .map(UnknownField::value)
        .findFirst()
        .orElse(null);
  }

  /** The schema of the records a key holds, or null when it holds none. */
  private static RecordSchema<?, ?> nextSchema(RecordSchema<?, ?> schema, String key) {
    FieldSpec<?, ?, ?> field = schema.field(key);
    if (field == null) {
      return null;
    }
    ValueType<?> type = field.type();
    if (type.kind() == ValueKind.LIST) {
      type = type.item();
    }
    return type.kind() == ValueKind.RECORD ? type.record() : null;
  }

  /**
   * A copy of a record with a field's value replaced by a value written as text, read as the
   * field's type (an integer for {@code quality}, text for {@code title}).
   *
   * @param schema the record's schema
   * @param record the record
   * @param path the field path, such as {@code related[0].cdnAmpWebUrl}
   * @param text the new value as text
   * @param <R> the record type
   * @return the copy, or null when the path names no field the text can be a value of
   */
  public static <R> R withValue(RecordSchema<R, ?> schema, R record, String path, String text) {
    return edit(
        schema, record, FieldPath.stepsIfPath(path).orElse(List.of()), 0, new Replacement(text));
  }

  /**
   * A copy of a record with an unknown field renamed to a known key, its value read as that key's
   * type; only a scalar value can be.
   *
   * @param schema the record's schema
   * @param record the record
   * @param path the unknown field's path, such as {@code related[0].titel}
   * @param key the known key
   * @param <R> the record type
   * @return the copy, or null when the field is not unknown there, the key is given already, or the
   *     value cannot be of the key's type
   */
  public static <R> R withKeyRenamed(RecordSchema<R, ?> schema, R record, String path, String key) {
    return edit(schema, record, FieldPath.stepsIfPath(path).orElse(List.of()), 0, new Rename(key));
  }

  /** What to do at the end of a path, in the mapping that holds its last key. */
  private sealed interface Change permits Replacement, Rename {}

  private record Replacement(String text) implements Change {}

  private record Rename(String key) implements Change {}

  private static <R, B> R edit(
      RecordSchema<R, B> schema, R record, List<Object> steps, int at, Change change) {
    if (at >= steps.size() || !(steps.get(at) instanceof String key)) {
      return null;
    }
    boolean last = at == steps.size() - 1;
    if (last && change instanceof Rename rename) {
      return renamed(schema, record, key, rename.key());
    }
    FieldSpec<R, B, ?> field = schema.field(key);
    if (field == null) {
      return null;
    }
    Object value;
    if (last) {
      value = read(field.type(), ((Replacement) change).text());
    } else if (field.type().kind() == ValueKind.RECORD) {
      Object child = field.get(record);
      value =
          child == null ? null : editRecord(field.type().record(), child, steps, at + 1, change);
    } else if (field.type().kind() == ValueKind.LIST
        && steps.get(at + 1) instanceof Integer index) {
      value = editedList(field.type(), (List<?>) field.get(record), index, steps, at + 2, change);
    } else {
      return null;
    }
    return value == null ? null : rebuilt(schema, record, field, value);
  }

  private static <R, B> Object editRecord(
      RecordSchema<R, B> schema, Object record, List<Object> steps, int at, Change change) {
    return edit(schema, schema.recordType().cast(record), steps, at, change);
  }

  private static List<Object> editedList(
      ValueType<?> type, List<?> items, int index, List<Object> steps, int at, Change change) {
    if (items == null || index < 0 || index >= items.size()) {
      return null;
    }
    Object item;
    if (at == steps.size()) {
      item =
          change instanceof Replacement replacement ? read(type.item(), replacement.text()) : null;
    } else if (type.item().kind() == ValueKind.RECORD) {
      item = editRecord(type.item().record(), items.get(index), steps, at, change);
    } else {
      item = null;
    }
    if (item == null) {
      return null;
    }
    List<Object> copy = new ArrayList<>(items);
    copy.set(index, item);
    return copy;
  }

  private static <R, B> R renamed(
      RecordSchema<R, B> schema, R record, String unknownKey, String key) {
    FieldSpec<R, B, ?> field = schema.field(key);
    List<UnknownField> unknown = new ArrayList<>(schema.unknownFields(record));
    UnknownField renamed =
        unknown.stream().filter(f -> f.key().equals(unknownKey)).findFirst().orElse(null);
    if (field == null
        || field.get(record) != null
        || renamed == null
        || !(renamed.value() instanceof YamlValue.Scalar scalar)) {
      return null;
    }
    Object value =
        scalar.plain() || !isPlainOnly(field.type().kind())
            ? read(field.type(), scalar.text())
            : null;
    if (value == null) {
      return null;
    }
    unknown.remove(renamed);
    B builder = copy(schema, record);
    field.set(builder, value);
    return schema.build(builder, unknown);
  }

  /** Integers and booleans are plain scalars; quoted, they are text, as the reader reads them. */
  private static boolean isPlainOnly(ValueKind kind) {
    return kind == ValueKind.INTEGER || kind == ValueKind.BOOLEAN;
  }

  private static <R, B> R rebuilt(
      RecordSchema<R, B> schema, R record, FieldSpec<R, B, ?> changed, Object value) {
    B builder = copy(schema, record);
    changed.set(builder, value);
    return schema.build(builder, schema.unknownFields(record));
  }

  private static <R, B> B copy(RecordSchema<R, B> schema, R record) {
    return schema.toBuilder(record);
  }

  /**
   * A value as text read as a scalar type: null when the text is no such value or the type is no
   * scalar.
   */
  private static Object read(ValueType<?> type, String text) {
    return switch (type.kind()) {
      case TOKEN, TEXT, URL -> text;
      case INTEGER -> integer(text);
      case BOOLEAN ->
          text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
      case INSTANT -> Instants.parse(text);
      case SECURED -> Secured.parse(text);
      case RECORD, LIST -> null;
    };
  }

  private static Integer integer(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
