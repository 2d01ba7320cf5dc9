package org.seeddoc.internal.write;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seeddoc.Comment;
import org.seeddoc.CommentedText;
import org.seeddoc.Comments;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;
import org.seeddoc.internal.util.Instants;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.FindingText;
import org.seeddoc.spi.Layout;
import org.seeddoc.spi.ReaderLimits;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.Utf8Source;
import org.seeddoc.spi.ValueKind;
import org.seeddoc.spi.ValueType;
import org.seeddoc.spi.YamlText;

/**
 * Writes a document in the canonical layout of {@code docs/format.md}: the fields in the order and
 * with the blank lines of {@link SeedSchema}, each value as its kind is written. Absent fields are
 * left out; the writer does not judge a document, so an invalid one is written as it is.
 */
public final class CanonicalWriter {
  private static final String MARKER = "---\n";
  private static final int STEP = 2;

  /**
   * Spaces to indent from, so that indenting a line allocates nothing; deeper lines append more.
   */
  private static final String SPACES = " ".repeat(64);

  /**
   * Keys written longer than this, in code points, are written as explicit keys ({@code ? key}).
   */
  private static final int MAX_IMPLICIT_KEY = 1000;

  private final StringBuilder out = new StringBuilder(4096);

  /**
   * The dashes of sequence items whose first line is still to be written, such as {@code " - "}.
   */
  private String pendingItem;

  /** The comments to write, or null for none: then no field path is ever built. */
  private final Comments comments;

  private final Set<Comment> written = new HashSet<>();

  private CanonicalWriter(Comments comments) {
    this.comments = comments.isEmpty() ? null : comments;
  }

  /**
   * Writes a document.
   *
   * @param document the document
   * @return the whole file as text
   * @throws IllegalArgumentException if a text holds an unpaired surrogate, or the text would be
   *     one that a reader with the default limits refuses
   */
  public static String write(SeedDocument document) {
    return write(document, Comments.none()).text();
  }

  /**
   * Writes a document with comments, each in its place of the canonical layout.
   *
   * @param document the document
   * @param comments the comments, attached to fields of the document
   * @return the whole file as text, and the comments that have no place in it
   * @throws IllegalArgumentException if a text holds an unpaired surrogate, or the text would be
   *     one that a reader with the default limits refuses
   */
  public static CommentedText write(SeedDocument document, Comments comments) {
    requireNoLoneSurrogate(document.body());
    CanonicalWriter writer = new CanonicalWriter(comments);
    writer.out.append(MARKER);
    String root = writer.comments == null ? null : "";
    if (writer.ownLines(Comment.Place.HEADER, root, 0)) {
      writer.out.append('\n');
    }
    int fieldsStart = writer.out.length();
    writer.fields(0, SeedSchema.DOCUMENT, document, root);
    if (writer.out.length() == fieldsStart) {
      throw new IllegalArgumentException(
          "a document with no field cannot be written: its front matter would be empty,"
              + " which a reader takes for no mapping at all (SD007)");
    }
    writer.ownLines(Comment.Place.CLOSING, root, 0);
    String text = writer.out.append(MARKER).append(document.body()).toString();
    requireReadable(text);
    List<Comment> left =
        writer.comments == null
            ? List.of()
            : comments.all().stream().filter(comment -> !writer.written.contains(comment)).toList();
    return new CommentedText(text, left);
  }

  /** The path of a child, or null when there are no comments to place. */
  private String child(String path, String key) {
    return path == null ? null : FieldPath.child(path, key);
  }

  private String item(String path, int index) {
    return path == null ? null : FieldPath.item(path, index);
  }

  /**
   * Writes a field's comments at one place on lines of their own, indented; says whether there was
   * one.
   */
  private boolean ownLines(Comment.Place place, String path, int indent) {
    if (path == null) {
      return false;
    }
    boolean any = false;
    for (Comment comment : comments.at(place, path)) {
      if (written.add(comment)) {
        spaces(indent);
        out.append(comment.written()).append('\n');
        any = true;
      }
    }
    return any;
  }

  /** Ends a line with the field's trailing comments. */
  private void endLine(String path, int indent) {
    out.append('\n');
    trailing(out.length() - 1, path, indent);
  }

  /**
   * Puts a field's trailing comment at the end of a line whose line break is at {@code lineBreak};
   * any more trailing comments of the field go on lines of their own after it, indented.
   */
  private void trailing(int lineBreak, String path, int indent) {
    if (path == null) {
      return;
    }
    StringBuilder more = new StringBuilder();
    String first = null;
    for (Comment comment : comments.at(Comment.Place.TRAILING, path)) {
      if (!written.add(comment)) {
        continue;
      }
      if (first == null) {
        first = " " + comment.written();
      } else {
        more.append(" ".repeat(indent)).append(comment.written()).append('\n');
      }
    }
    if (first != null) {
      out.insert(lineBreak + 1, more).insert(lineBreak, first);
    }
  }

  /**
   * Leading comments, above a key or an item: a key whose item dash is still pending has them above
   * the dash's line, at the dash's indentation.
   */
  private void leading(String path, int indent) {
    if (path != null) {
      ownLines(
          Comment.Place.LEADING, path, pendingItem == null ? indent : pendingItem.indexOf('-'));
    }
  }

  /**
   * Refuses to give out text a reader with the default limits would refuse: over the size limit,
   * which escapes can make a document read within it grow past. A UTF-16 unit is at most three
   * bytes of UTF-8, so only a long text is measured.
   */
  private static void requireReadable(String text) {
    int limit = ReaderLimits.DEFAULTS.maxDocumentSize();
    if ((long) text.length() * 3 > limit && text.getBytes(StandardCharsets.UTF_8).length > limit) {
      throw new IllegalArgumentException(
          "the document would be written as "
              + text.getBytes(StandardCharsets.UTF_8).length
              + " bytes, more than the reader's limit of "
              + limit);
    }
  }

  /**
   * The body is written as it is, so it must encode as UTF-8: half a surrogate pair would become
   * {@code ?}.
   */
  private static void requireNoLoneSurrogate(String body) {
    int at = Utf8Source.firstLoneSurrogate(body);
    if (at >= 0) {
      throw new IllegalArgumentException(
          "the body holds an unpaired surrogate (U+"
              + String.format("%04X", (int) body.charAt(at))
              + ") at index "
              + at
              + ", which UTF-8 cannot encode");
    }
  }

  /**
   * Refuses unknown fields a reader would not read back as themselves: one named like a field the
   * mapping defines, or two with one key (each a duplicate key, SD006, on reading).
   */
  private static void requireDistinctKeys(List<UnknownField> fields, RecordSchema<?, ?> schema) {
    if (fields.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (UnknownField field : fields) {
      String key = FindingText.quoted(field.key(), 40);
      if (schema != null && schema.field(field.key()) != null) {
        throw new IllegalArgumentException(
            "the unknown field "
                + key
                + " has the name of a field the format defines; set that field instead");
      }
      if (!seen.add(field.key())) {
        throw new IllegalArgumentException("two unknown fields have the key " + key);
      }
    }
  }

  /**
   * Refuses a scalar longer than the reader's limit: a document built in code can hold one, a read
   * one cannot.
   */
  private static String checked(String value) {
    int limit = ReaderLimits.DEFAULTS.maxScalarLength();
    if (value.length() > limit && value.codePointCount(0, value.length()) > limit) {
      throw new IllegalArgumentException(
          "a value of "
              + value.codePointCount(0, value.length())
              + " characters is longer than the reader's scalar limit of "
              + limit);
    }
    return value;
  }

  /**
   * Writes a record's fields at an indentation; the mapping's last block comes after its unknown
   * fields.
   */
  private <R> void fields(int indent, RecordSchema<R, ?> schema, R record, String path) {
    for (FieldSpec<R, ?, ?> field : schema.beforeUnknownFields()) {
      field(indent, field, record, path);
    }
    unknown(indent, schema.unknownFields(record), path, schema);
    for (FieldSpec<R, ?, ?> field : schema.afterUnknownFields()) {
      field(indent, field, record, path);
    }
  }

  private <R> void field(int indent, FieldSpec<R, ?, ?> field, R record, String parent) {
    Object value = field.get(record);
    if (value == null) {
      return;
    }
    if (field.layout() != Layout.IN_BLOCK) {
      out.append('\n');
    }
    String path = child(parent, field.key());
    leading(path, indent);
    key(indent, field.key());
    ValueType<?> type = field.type();
    switch (type.kind()) {
      case RECORD -> mapping(indent, type.record(), value, path);
      case LIST -> list(indent, type.item(), (List<?>) value, path);
      default -> {
        out.append(' ').append(scalar(type, value));
        endLine(path, indent);
      }
    }
  }

  /** A nested mapping, on the lines after its key; one with no field at all is {@code {}}. */
  private <R> void mapping(int indent, RecordSchema<R, ?> schema, Object value, String path) {
    int keyEnd = out.length();
    out.append('\n');
    int fieldsStart = out.length();
    fields(indent + STEP, schema, schema.recordType().cast(value), path);
    if (out.length() == fieldsStart) {
      out.setLength(keyEnd);
      out.append(" {}");
      endLine(path, indent);
    } else {
      ownLines(Comment.Place.CLOSING, path, indent + STEP);
      trailing(keyEnd, path, indent + STEP);
    }
  }

  private void list(int indent, ValueType<?> itemType, List<?> items, String path) {
    if (items.isEmpty()) {
      out.append(" []");
      endLine(path, indent);
      return;
    }
    endLine(path, indent);
    int dash = indent + STEP;
    for (int i = 0; i < items.size(); i++) {
      String itemPath = item(path, i);
      ownLines(Comment.Place.LEADING, itemPath, dash);
      startItem(dash);
      if (itemType.kind() == ValueKind.RECORD) {
        // A mapping item's first line is its first key's: a comment at the end of the item itself
        // (after a flow mapping, {url: …} # note) goes above its dash.
        ownLines(Comment.Place.TRAILING, itemPath, dash);
        itemMapping(dash, itemType.record(), items.get(i), itemPath);
      } else {
        indent(dash + STEP);
        out.append(scalar(itemType, items.get(i)));
        endLine(itemPath, dash + STEP);
      }
    }
    ownLines(Comment.Place.CLOSING, path, dash);
  }

  /**
   * A mapping as a sequence item whose dash is pending; one with no field at all is {@code - {}}.
   */
  private <R> void itemMapping(int dash, RecordSchema<R, ?> schema, Object item, String path) {
    fields(dash + STEP, schema, schema.recordType().cast(item), path);
    closeEmptyItem(dash + STEP);
    ownLines(Comment.Place.CLOSING, path, dash + STEP);
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

  /**
   * Writes unknown fields; {@code schema} is the mapping's, whose keys they must not take, or null
   * for an unknown mapping.
   */
  private void unknown(
      int indent, List<UnknownField> fields, String parent, RecordSchema<?, ?> schema) {
    requireDistinctKeys(fields, schema);
    for (UnknownField field : fields) {
      String path = child(parent, field.key());
      leading(path, indent);
      String key = token(checked(field.key()));
      if (key.length() > MAX_IMPLICIT_KEY
          && key.codePointCount(0, key.length()) > MAX_IMPLICIT_KEY) {
        // YAML readers refuse an implicit key over 1,024 characters: write it as an explicit one.
        indent(indent);
        out.append("? ").append(key).append('\n');
        spaces(indent);
        out.append(':');
      } else {
        key(indent, key);
      }
      value(indent, field.value(), path);
    }
  }

  /** Writes a value after its key or its item's dash, continuing the current line. */
  private void value(int indent, YamlValue value, String path) {
    if (value instanceof YamlValue.Scalar scalar) {
      String written =
          scalar.plain() ? checked(scalar.text()) : YamlText.doubleQuoted(checked(scalar.text()));
      out.append(written.isEmpty() ? "" : " " + written);
      endLine(path, indent);
    } else if (value instanceof YamlValue.Sequence sequence) {
      if (sequence.items().isEmpty()) {
        out.append(" []");
        endLine(path, indent);
        return;
      }
      endLine(path, indent);
      for (int i = 0; i < sequence.items().size(); i++) {
        String itemPath = item(path, i);
        ownLines(Comment.Place.LEADING, itemPath, indent + STEP);
        startItem(indent + STEP);
        unknownItem(indent + STEP, sequence.items().get(i), itemPath);
      }
      ownLines(Comment.Place.CLOSING, path, indent + STEP);
    } else if (value instanceof YamlValue.Mapping mapping) {
      if (mapping.entries().isEmpty()) {
        out.append(" {}");
        endLine(path, indent);
        return;
      }
      endLine(path, indent);
      unknown(indent + STEP, mapping.entries(), path, null);
      ownLines(Comment.Place.CLOSING, path, indent + STEP);
    }
  }

  /** Writes an unknown value as a sequence item whose dash is pending. */
  private void unknownItem(int dash, YamlValue item, String path) {
    if (item instanceof YamlValue.Sequence sequence && !sequence.items().isEmpty()) {
      ownLines(Comment.Place.TRAILING, path, dash);
      for (int i = 0; i < sequence.items().size(); i++) {
        startItem(dash + STEP);
        unknownItem(dash + STEP, sequence.items().get(i), item(path, i));
      }
      ownLines(Comment.Place.CLOSING, path, dash + STEP);
    } else if (item instanceof YamlValue.Mapping mapping && !mapping.entries().isEmpty()) {
      ownLines(Comment.Place.TRAILING, path, dash);
      unknown(dash + STEP, mapping.entries(), path, null);
      ownLines(Comment.Place.CLOSING, path, dash + STEP);
    } else {
      indent(dash + STEP);
      out.setLength(out.length() - 1); // the value writes its own separating space
      value(dash, item, path);
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
