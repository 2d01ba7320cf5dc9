package org.seeddoc.internal.write;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;
import org.seeddoc.internal.schema.FieldSpec;
import org.seeddoc.internal.schema.Layout;
import org.seeddoc.internal.schema.RecordSchema;
import org.seeddoc.internal.schema.SeedSchema;
import org.seeddoc.internal.schema.ValueKind;
import org.seeddoc.internal.schema.ValueType;
import org.seeddoc.internal.source.ReaderLimits;
import org.seeddoc.internal.util.Instants;
import org.seeddoc.internal.yaml.YamlText;

/**
 * Writes a document in the canonical layout of {@code docs/format.md}: the fields in the order and
 * with the blank lines of {@link SeedSchema}, each value as its kind is written. Absent fields are
 * left out; the writer does not judge a document, so an invalid one is written as it is.
 */
public final class CanonicalWriter {
  private static final String MARKER = "---\n";
  private static final int STEP = 2;
  /** Spaces to indent from, so that indenting a line allocates nothing; deeper lines append more. */
  private static final String SPACES = " ".repeat(64);
  /** Keys written longer than this, in code points, are written as explicit keys ({@code ? key}). */
  private static final int MAX_IMPLICIT_KEY = 1000;

  private final StringBuilder out = new StringBuilder(4096);
  /** The dashes of sequence items whose first line is still to be written, such as {@code "  - "}. */
  private String pendingItem;

  private CanonicalWriter() {}

  /**
   * Writes a document.
   *
   * @param document the document
   * @return the whole file as text
   * @throws IllegalArgumentException if a text holds an unpaired surrogate, or the text would be one
   *     that a reader with the default limits refuses
   */
  public static String write(SeedDocument document) {
    CanonicalWriter writer = new CanonicalWriter();
    writer.out.append(MARKER);
    writer.fields(0, SeedSchema.DOCUMENT, document);
    String text = writer.out.append(MARKER).append(document.body()).toString();
    requireReadable(text);
    return text;
  }

  /**
   * Refuses to give out text a reader with the default limits would refuse: over the size limit,
   * which escapes can make a document read within it grow past. A UTF-16 unit is at most three
   * bytes of UTF-8, so only a long text is measured.
   */
  private static void requireReadable(String text) {
    int limit = ReaderLimits.DEFAULTS.maxDocumentSize();
    if ((long) text.length() * 3 > limit && text.getBytes(StandardCharsets.UTF_8).length > limit) {
      throw new IllegalArgumentException("the document would be written as " + text.getBytes(StandardCharsets.UTF_8).length
          + " bytes, more than the reader's limit of " + limit);
    }
  }

  /** Refuses a scalar longer than the reader's limit: a document built in code can hold one, a read one cannot. */
  private static String checked(String value) {
    int limit = ReaderLimits.DEFAULTS.maxScalarLength();
    if (value.length() > limit && value.codePointCount(0, value.length()) > limit) {
      throw new IllegalArgumentException("a value of " + value.codePointCount(0, value.length())
          + " characters is longer than the reader's scalar limit of " + limit);
    }
    return value;
  }

  /** Writes a record's fields at an indentation; the mapping's last block comes after its unknown fields. */
  private <R> void fields(int indent, RecordSchema<R, ?> schema, R record) {
    for (FieldSpec<R, ?, ?> field : schema.beforeUnknownFields()) {
      field(indent, field, record);
    }
    unknown(indent, schema.unknownFields(record));
    for (FieldSpec<R, ?, ?> field : schema.afterUnknownFields()) {
      field(indent, field, record);
    }
  }

  private <R> void field(int indent, FieldSpec<R, ?, ?> field, R record) {
    Object value = field.get(record);
    if (value == null) {
      return;
    }
    if (field.layout() != Layout.IN_BLOCK) {
      out.append('\n');
    }
    key(indent, field.key());
    ValueType<?> type = field.type();
    switch (type.kind()) {
      case RECORD -> mapping(indent, type.record(), value);
      case LIST -> list(indent, type.item(), (List<?>) value);
      default -> out.append(' ').append(scalar(type, value)).append('\n');
    }
  }

  /** A nested mapping, on the lines after its key; one with no field at all is {@code {}}. */
  private <R> void mapping(int indent, RecordSchema<R, ?> schema, Object value) {
    out.append('\n');
    int fieldsStart = out.length();
    fields(indent + STEP, schema, schema.recordType().cast(value));
    if (out.length() == fieldsStart) {
      out.setLength(fieldsStart - 1);
      out.append(" {}\n");
    }
  }

  private void list(int indent, ValueType<?> itemType, List<?> items) {
    if (items.isEmpty()) {
      out.append(" []\n");
      return;
    }
    out.append('\n');
    int dash = indent + STEP;
    for (Object item : items) {
      startItem(dash);
      if (itemType.kind() == ValueKind.RECORD) {
        itemMapping(dash, itemType.record(), item);
      } else {
        indent(dash + STEP);
        out.append(scalar(itemType, item)).append('\n');
      }
    }
  }

  /** A mapping as a sequence item whose dash is pending; one with no field at all is {@code - {}}. */
  private <R> void itemMapping(int dash, RecordSchema<R, ?> schema, Object item) {
    fields(dash + STEP, schema, schema.recordType().cast(item));
    closeEmptyItem(dash + STEP);
  }

  /** A scalar value as its kind is written: tokens plain when safe, text double-quoted. */
  private static String scalar(ValueType<?> type, Object value) {
    return switch (type.kind()) {
      case TOKEN -> token(checked((String) value));
      case TEXT, URL -> YamlText.doubleQuoted(checked((String) value));
      case SECURED -> YamlText.doubleQuoted(checked(((Secured) value).text()));
      case INSTANT -> Instants.format((Instant) value);
      case INTEGER, BOOLEAN -> value.toString();
      case RECORD, LIST -> throw new IllegalArgumentException(type + " is not a scalar");
    };
  }

  private static String token(String value) {
    return YamlText.isPlainSafe(value) ? value : YamlText.doubleQuoted(value);
  }

  private void unknown(int indent, List<UnknownField> fields) {
    for (UnknownField field : fields) {
      String key = token(field.key());
      if (key.length() > MAX_IMPLICIT_KEY && key.codePointCount(0, key.length()) > MAX_IMPLICIT_KEY) {
        // YAML readers refuse an implicit key over 1,024 characters: write it as an explicit one.
        indent(indent);
        out.append("? ").append(key).append('\n');
        spaces(indent);
        out.append(':');
      } else {
        key(indent, key);
      }
      value(indent, field.value());
    }
  }

  /** Writes a value after its key or its item's dash, continuing the current line. */
  private void value(int indent, YamlValue value) {
    if (value instanceof YamlValue.Scalar scalar) {
      String written = scalar.plain() ? checked(scalar.text()) : YamlText.doubleQuoted(checked(scalar.text()));
      out.append(written.isEmpty() ? "" : " " + written).append('\n');
    } else if (value instanceof YamlValue.Sequence sequence) {
      if (sequence.items().isEmpty()) {
        out.append(" []\n");
        return;
      }
      out.append('\n');
      for (YamlValue item : sequence.items()) {
        startItem(indent + STEP);
        unknownItem(indent + STEP, item);
      }
    } else if (value instanceof YamlValue.Mapping mapping) {
      if (mapping.entries().isEmpty()) {
        out.append(" {}\n");
        return;
      }
      out.append('\n');
      unknown(indent + STEP, mapping.entries());
    }
  }

  /** Writes an unknown value as a sequence item whose dash is pending. */
  private void unknownItem(int dash, YamlValue item) {
    if (item instanceof YamlValue.Sequence sequence && !sequence.items().isEmpty()) {
      for (YamlValue inner : sequence.items()) {
        startItem(dash + STEP);
        unknownItem(dash + STEP, inner);
      }
    } else if (item instanceof YamlValue.Mapping mapping && !mapping.entries().isEmpty()) {
      unknown(dash + STEP, mapping.entries());
    } else {
      indent(dash + STEP);
      out.setLength(out.length() - 1); // the value writes its own separating space
      value(dash, item);
    }
  }

  private void key(int indent, String key) {
    indent(indent);
    out.append(key).append(':');
  }

  private void startItem(int dash) {
    pendingItem = pendingItem == null ? " ".repeat(dash) + "- " : pendingItem + "- ";
  }

  private void indent(int indent) {
    if (pendingItem != null) {
      out.append(pendingItem);
      pendingItem = null;
    } else {
      spaces(indent);
    }
  }

  private void spaces(int count) {
    for (int left = count; left > 0; left -= SPACES.length()) {
      out.append(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }

  /** An item whose mapping had no field at all is written as an empty flow mapping. */
  private void closeEmptyItem(int indent) {
    if (pendingItem != null) {
      indent(indent);
      out.setLength(out.length() - 1);
      out.append(" {}\n");
    }
  }
}
