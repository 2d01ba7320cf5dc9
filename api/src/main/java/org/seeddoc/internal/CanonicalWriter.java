package org.seeddoc.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.SeedDocument;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;

/**
 * Writes a document in the canonical layout of {@code docs/format.md}. Absent fields are left out;
 * the writer does not judge a document, so an invalid one is written as it is.
 */
public final class CanonicalWriter {
  private static final String MARKER = "---\n";
  private static final int STEP = 2;

  private final StringBuilder out = new StringBuilder(4096);
  /** The dashes of sequence items whose first line is still to be written, such as {@code "  - "}. */
  private String pendingItem;

  private CanonicalWriter() {}

  /**
   * Writes a document.
   *
   * @param document the document
   * @return the whole file as text
   * @throws IllegalArgumentException if a text holds an unpaired surrogate
   */
  public static String write(SeedDocument document) {
    return new CanonicalWriter().document(document);
  }

  private String document(SeedDocument d) {
    out.append(MARKER);
    text(0, "category", d.category(), true);
    text(0, "title", d.title(), false);
    text(0, "excerpt", d.excerpt(), false);
    instant(0, "publishedDateTime", d.publishedDateTime());
    text(0, "originalUrl", d.originalUrl(), false);
    text(0, "webUrl", d.webUrl(), false);
    text(0, "ampWebUrl", d.ampWebUrl(), false);
    text(0, "cdnAmpWebUrl", d.cdnAmpWebUrl(), false);
    text(0, "type", d.type(), true);
    number(0, "quality", d.quality());
    number(0, "heat", d.heat());
    bool(0, "published", d.published());
    if (d.provider() != null) {
      out.append('\n');
      provider(0, d.provider());
    }
    list(0, "topics", d.topics(), true, topic -> scalarItem(STEP, token(topic)));
    list(0, "images", d.images(), true, image -> image(STEP, image));
    list(0, "related", d.related(), true, article -> related(STEP, article));
    unknown(0, d.unknownFields());
    if (d.secured() != null) {
      out.append('\n');
      text(0, "secured", d.secured().text(), false);
    }
    return out.append(MARKER).append(d.body()).toString();
  }

  private void related(int dash, RelatedArticle a) {
    startItem(dash);
    int indent = dash + STEP;
    text(indent, "title", a.title(), false);
    text(indent, "excerpt", a.excerpt(), false);
    instant(indent, "publishedDateTime", a.publishedDateTime());
    text(indent, "originalUrl", a.originalUrl(), false);
    text(indent, "webUrl", a.webUrl(), false);
    text(indent, "ampWebUrl", a.ampWebUrl(), false);
    text(indent, "cdnAmpWebUrl", a.cdnAmpWebUrl(), false);
    text(indent, "type", a.type(), true);
    if (a.provider() != null) {
      provider(indent, a.provider());
    }
    number(indent, "quality", a.quality());
    number(indent, "heat", a.heat());
    bool(indent, "published", a.published());
    list(indent, "topics", a.topics(), false, topic -> scalarItem(indent + STEP, token(topic)));
    list(indent, "images", a.images(), false, image -> image(indent + STEP, image));
    unknown(indent, a.unknownFields());
    closeEmptyItem(indent);
  }

  private void provider(int indent, Provider p) {
    key(indent, "provider");
    out.append('\n');
    int fieldsStart = out.length();
    text(indent + STEP, "name", p.name(), true);
    text(indent + STEP, "domain", p.domain(), true);
    unknown(indent + STEP, p.unknownFields());
    if (out.length() == fieldsStart) {
      out.setLength(fieldsStart - 1);
      out.append(" {}\n");
    }
  }

  private void image(int dash, Image image) {
    startItem(dash);
    int indent = dash + STEP;
    text(indent, "url", image.url(), false);
    number(indent, "width", image.width());
    number(indent, "height", image.height());
    bool(indent, "isCached", image.isCached());
    unknown(indent, image.unknownFields());
    closeEmptyItem(indent);
  }

  private <T> void list(int indent, String key, List<T> items, boolean blankLineBefore, Consumer<T> item) {
    if (items == null) {
      return;
    }
    if (blankLineBefore) {
      out.append('\n');
    }
    key(indent, key);
    if (items.isEmpty()) {
      out.append(" []\n");
      return;
    }
    out.append('\n');
    items.forEach(item);
  }

  private void text(int indent, String key, String value, boolean token) {
    if (value != null) {
      scalar(indent, key, token ? token(value) : YamlText.doubleQuoted(value));
    }
  }

  private static String token(String value) {
    return YamlText.isPlainSafe(value) ? value : YamlText.doubleQuoted(value);
  }

  private void instant(int indent, String key, Instant value) {
    if (value != null) {
      scalar(indent, key, Instants.format(value));
    }
  }

  private void number(int indent, String key, Integer value) {
    if (value != null) {
      scalar(indent, key, value.toString());
    }
  }

  private void bool(int indent, String key, Boolean value) {
    if (value != null) {
      scalar(indent, key, value.toString());
    }
  }

  private void scalar(int indent, String key, String written) {
    key(indent, key);
    out.append(' ').append(written).append('\n');
  }

  private void scalarItem(int dash, String written) {
    startItem(dash);
    indent(dash + STEP);
    out.append(written).append('\n');
  }

  private void unknown(int indent, List<UnknownField> fields) {
    for (UnknownField field : fields) {
      key(indent, token(field.key()));
      value(indent, field.value());
    }
  }

  /** Writes a value after its key or its item's dash, continuing the current line. */
  private void value(int indent, YamlValue value) {
    if (value instanceof YamlValue.Scalar scalar) {
      String written = scalar.plain() ? scalar.text() : YamlText.doubleQuoted(scalar.text());
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
      out.append(" ".repeat(indent));
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
