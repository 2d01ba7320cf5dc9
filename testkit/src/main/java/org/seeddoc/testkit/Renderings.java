package org.seeddoc.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedWriter;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueType;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * Non-canonical renderings of a document: the same values in other valid YAML styles — flow and
 * block collections, plain, single- and double-quoted and block scalars, other key orders,
 * comments, blank lines, four-space indentation, CRLF line endings and a byte order mark. Each
 * reads back as the document it renders. SnakeYAML Engine's emitter writes the YAML, so every
 * rendering is well-formed and escaped the way another YAML tool would write it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Renderings {
  private static final ImplicitTuple UNTAGGED = new ImplicitTuple(true, true);
  private static final List<ScalarStyle> TEXT_STYLES =
      List.of(
          ScalarStyle.PLAIN,
          ScalarStyle.SINGLE_QUOTED,
          ScalarStyle.DOUBLE_QUOTED,
          ScalarStyle.LITERAL,
          ScalarStyle.FOLDED);

  private Renderings() {}

  /**
   * Renderings of a document, in styles chosen by the generator's source, one draw per choice.
   *
   * @param document the document
   * @return the generator of whole files
   */
  public static Gen<String> of(SeedDocument document) {
    return in -> render(document, new DrawnRandom(in));
  }

  /**
   * Valid documents, each with one rendering of it.
   *
   * @return pairs of a document and a file that reads back as it
   */
  public static Gen<Rendered> documents() {
    return ValidDocuments.documents()
        .flatMap(d -> in -> rendered(d, new DrawnRandom(in)))
        .describedAs(r -> r.text());
  }

  /**
   * A document and one of its renderings.
   *
   * @param document the document
   * @param text a non-canonical file that reads back as the document
   * @param formatted what formatting the file gives: the document's canonical text with the
   *     rendering's comments in their places (docs/format.md, section 4.1), put there by this class
   *     line by line, not by the writer
   */
  public record Rendered(SeedDocument document, String text, String formatted) {}

  static String render(SeedDocument d, Random random) {
    return rendered(d, random).text();
  }

  /** Comments a rendering holds, by where formatting puts them. */
  private static final class Sprinkled {
    String header;
    final Map<String, String> beforeKey = new java.util.LinkedHashMap<>();
    String footer;
  }

  static Rendered rendered(SeedDocument d, Random random) {
    int indent = random.nextBoolean() ? 2 : 4;
    DumpSettings settings =
        DumpSettings.builder()
            .setIndent(indent)
            .setIndicatorIndent(random.nextBoolean() ? indent - 1 : 0)
            .setIndentWithIndicator(random.nextBoolean())
            .setWidth(Integer.MAX_VALUE / 2)
            .setSplitLines(false)
            .build();
    Emitting out = new Emitting(random);
    out.add(new StreamStartEvent());
    out.add(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    out.document(d);
    out.add(new DocumentEndEvent(false));
    out.add(new StreamEndEvent());
    StringBuilder emitted = new StringBuilder();
    Emitter emitter =
        new Emitter(
            settings,
            new StreamDataWriter() {
              @Override
              public void write(String text) {
                emitted.append(text);
              }

              @Override
              public void write(String text, int offset, int length) {
                emitted.append(text, offset, offset + length);
              }
            });
    out.events.forEach(emitter::emit);
    String yaml = escapeDelAndC1(emitted.toString());
    boolean blockRoot = !yaml.startsWith("{");
    Sprinkled comments = new Sprinkled();
    if (blockRoot) {
      yaml = sprinkle(yaml, random, comments);
    }
    String file = "---\n" + yaml + "---\n";
    if (random.nextInt(4) == 0) {
      file = file.replace("\n", "\r\n");
    }
    if (random.nextInt(4) == 0) {
      file = "\uFEFF" + file;
    }
    return new Rendered(d, file + d.body(), formatted(SeedWriter.create().write(d), comments));
  }

  /**
   * The canonical text with the comments put in by hand: the header, those before top-level keys,
   * the footer.
   */
  private static String formatted(String canonical, Sprinkled comments) {
    int close = canonical.indexOf("\n---\n") + 1;
    StringBuilder out = new StringBuilder("---\n");
    if (comments.header != null) {
      out.append("# ").append(comments.header).append("\n\n");
    }
    for (String line : canonical.substring(4, close).split("\n", -1)) {
      int colon = line.indexOf(':');
      String text =
          colon > 0 && !line.startsWith(" ")
              ? comments.beforeKey.get(line.substring(0, colon))
              : null;
      if (text != null) {
        out.append("# ").append(text).append('\n');
      }
      out.append(line).append('\n');
    }
    out.setLength(out.length() - 1);
    if (comments.footer != null) {
      out.append("# ").append(comments.footer).append('\n');
    }
    return out.append(canonical, close, canonical.length()).toString();
  }

  /**
   * SnakeYAML's emitter writes DEL and C1 controls as they are, which YAML 1.2 allows only escaped
   * (seeddoc refuses them, docs/format.md §2). Such text is always emitted double-quoted here, so
   * each one becomes its {@code \xNN} escape, as a YAML 1.2 writer must write it.
   */
  private static String escapeDelAndC1(String yaml) {
    StringBuilder out = new StringBuilder(yaml.length());
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (needsEscape(c)) {
        out.append(String.format("\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(char c) {
    return c >= 0x7F && c <= 0x9F && c != 0x85;
  }

  /**
   * Adds comments and blank lines before top-level keys, the only lines that start in column 1, and
   * at times a header and a footer comment. Their texts hold non-ASCII letters, an emoji and a '#'.
   */
  private static String sprinkle(String yaml, Random random, Sprinkled comments) {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(3) == 0) {
      comments.header = "a header, ü€😀 \"#\"";
      out.append("#").append(comments.header).append("\n\n");
    }
    for (String line : yaml.split("\n", -1)) {
      if (!line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '-') {
        String key = keyOf(line);
        switch (random.nextInt(4)) {
          case 0 -> {
            comments.beforeKey.put(key, "before " + key + " — ü€😀 # too");
            out.append("#  ".substring(0, 1 + random.nextInt(2)))
                .append(comments.beforeKey.get(key))
                .append("  \n");
          }
          case 1 -> out.append('\n');
          default -> {}
        }
      }
      out.append(line).append('\n');
    }
    String sprinkled = out.substring(0, out.length() - 1);
    if (random.nextInt(3) == 0) {
      comments.footer = "the end";
      sprinkled += "# the end\n";
    }
    return sprinkled;
  }

  /** The key of a top-level line: schema keys are plain ASCII, written plain or double-quoted. */
  private static String keyOf(String line) {
    String key =
        line.substring(0, line.indexOf(':', line.startsWith("\"") ? line.indexOf('"', 1) : 0));
    return key.startsWith("\"") ? key.substring(1, key.length() - 1) : key;
  }

  /** The events of one rendering, with a style chosen for each node. */
  private static final class Emitting {
    private final Random random;
    private final List<Event> events = new ArrayList<>();
    private final boolean flowRoot;

    Emitting(Random random) {
      this.random = random;
      this.flowRoot = random.nextInt(8) == 0;
    }

    void add(Event event) {
      events.add(event);
    }

    void document(SeedDocument d) {
      mapping(SeedSchema.DOCUMENT, d, flowRoot ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }

    /**
     * Writes a record's fields, those it has, in a random order, each in a style its kind allows.
     */
    private <R> void mapping(RecordSchema<R, ?> schema, Object value, FlowStyle style) {
      R record = schema.recordType().cast(value);
      List<Runnable> entries = new ArrayList<>();
      for (FieldSpec<R, ?, ?> field : schema.fields()) {
        Object fieldValue = field.get(record);
        if (fieldValue != null) {
          entries.add(
              () -> {
                key(field.key());
                value(field.type(), fieldValue);
              });
        }
      }
      add(new MappingStartEvent(Optional.empty(), Optional.empty(), true, style));
      Collections.shuffle(entries, random);
      entries.forEach(Runnable::run);
      add(new MappingEndEvent());
    }

    private void value(ValueType<?> type, Object value) {
      switch (type.kind()) {
        case TOKEN, TEXT, URL -> textValue((String) value);
        case INSTANT -> textValue(value.toString());
        case SECURED -> textValue(((Secured) value).text());
        case INTEGER -> scalar(value.toString(), ScalarStyle.PLAIN);
        case BOOLEAN ->
            scalar(
                (Boolean) value ? pick("true", "True", "TRUE") : pick("false", "False", "FALSE"),
                ScalarStyle.PLAIN);
        case RECORD -> mapping(type.record(), value, anyFlowStyle());
        case LIST -> {
          add(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, anyFlowStyle()));
          ((List<?>) value).forEach(item -> value(type.item(), item));
          add(new SequenceEndEvent());
        }
      }
    }

    private void key(String key) {
      scalar(key, random.nextInt(6) == 0 ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN);
    }

    /**
     * Text in any style the emitter accepts for it; it falls back to quotes when a style cannot
     * hold the text. Text a plain scalar would turn into null is always quoted.
     */
    private void textValue(String value) {
      ScalarStyle style = TEXT_STYLES.get(random.nextInt(TEXT_STYLES.size()));
      boolean readsAsNull = value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null");
      boolean onlyEscaped = value.chars().anyMatch(c -> needsEscape((char) c));
      scalar(
          value,
          (style == ScalarStyle.PLAIN && readsAsNull) || onlyEscaped
              ? ScalarStyle.DOUBLE_QUOTED
              : style);
    }

    private void scalar(String value, ScalarStyle style) {
      add(new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED, value, style));
    }

    private FlowStyle anyFlowStyle() {
      return random.nextBoolean() ? FlowStyle.FLOW : FlowStyle.BLOCK;
    }

    private String pick(String... choices) {
      return choices[random.nextInt(choices.length)];
    }
  }
}
