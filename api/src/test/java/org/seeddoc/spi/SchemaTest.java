package org.seeddoc.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.UnknownField;
import org.seeddoc.YamlValue;

/**
 * Ties the schema table to what it describes: the records' components and constraint annotations,
 * the accessors and setters of each row, and the field tables of docs/format.md.
 */
class SchemaTest {
  /** Components that are no field of the front matter. */
  private static final List<String> NOT_FIELDS = List.of("unknownFields", "body");

  private static final List<UnknownField> UNKNOWN =
      List.of(new UnknownField("x", new YamlValue.Scalar("1", true)));

  @Test
  void everyComponentIsARowInTheRecordsOrderWithItsType() {
    for (RecordSchema<?, ?> schema : SeedSchema.ALL) {
      List<RecordComponent> components = fields(schema.recordType());
      assertEquals(
          components.stream().map(RecordComponent::getName).toList(), schema.keys(), schema.name());
      for (RecordComponent component : components) {
        ValueType<?> type = schema.field(component.getName()).type();
        assertEquals(
            component.getType(), type.javaType(), schema.name() + "." + component.getName());
        if (type.kind() == ValueKind.LIST) {
          Object item =
              ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
          assertEquals(
              type.item().javaType(), item, schema.name() + "." + component.getName() + " items");
        }
      }
    }
  }

  @Test
  void aRowIsRequiredExactlyWhenItsComponentIsNotNullOrNotBlank() {
    for (RecordSchema<?, ?> schema : SeedSchema.ALL) {
      for (RecordComponent component : fields(schema.recordType())) {
        // Jakarta's annotations do not target record components; javac puts them on the accessor.
        var accessor = component.getAccessor();
        boolean annotated =
            accessor.isAnnotationPresent(NotNull.class)
                || accessor.isAnnotationPresent(NotBlank.class);
        assertEquals(
            annotated,
            schema.field(component.getName()).required(),
            schema.name() + "." + component.getName());
      }
    }
  }

  @Test
  void everyRowGetsAndSetsItsOwnComponent() throws ReflectiveOperationException {
    Provider provider = new Provider("IET", "theiet.org", UNKNOWN);
    Image image = new Image("https://a.example/i.jpg", 620, 413, true, UNKNOWN);
    RelatedArticle related =
        new RelatedArticle(
            "t",
            "e",
            Instant.parse("2022-01-02T03:04:05Z"),
            "https://o.example/",
            "https://w.example/",
            "https://a.example/",
            "https://c.example/",
            "article",
            provider,
            10,
            20,
            false,
            List.of("AI"),
            List.of(image),
            UNKNOWN);
    SeedDocument document =
        new SeedDocument(
            "news",
            "title",
            "excerpt",
            Instant.parse("2023-01-02T03:04:05Z"),
            "https://o.example/x",
            "https://w.example/x",
            "https://a.example/x",
            "https://c.example/x",
            "type",
            37,
            38,
            true,
            provider,
            List.of("ML", "AI"),
            List.of(image),
            List.of(related),
            new Secured("cGF5", "bm9u"),
            UNKNOWN,
            "");
    assertRoundTrip(SeedSchema.PROVIDER, provider);
    assertRoundTrip(SeedSchema.IMAGE, image);
    assertRoundTrip(SeedSchema.RELATED, related);
    assertRoundTrip(SeedSchema.DOCUMENT, document);
  }

  /**
   * Every row's getter returns its component, and setting every row into a new builder builds the
   * record again.
   */
  private static <R, B> void assertRoundTrip(RecordSchema<R, B> schema, R record)
      throws ReflectiveOperationException {
    B builder = schema.newBuilder();
    for (FieldSpec<R, B, ?> field : schema.fields()) {
      Object component = schema.recordType().getMethod(field.key()).invoke(record);
      assertNotNull(component, field.key());
      assertEquals(component, field.get(record), schema.name() + "." + field.key());
      field.set(builder, component);
    }
    assertEquals(record, schema.build(builder, UNKNOWN), schema.name());
  }

  @Test
  void theFormatSpecificationListsEveryFieldWithItsTypeAndWhetherItIsRequired() throws IOException {
    String format =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds", "../seeds"), "..", "docs", "format.md"),
            StandardCharsets.UTF_8);
    assertEquals(rows(SeedSchema.DOCUMENT), documented(format, "3.2 Top level"));
    assertEquals(rows(SeedSchema.PROVIDER), documented(format, "3.3 Provider"));
    assertEquals(rows(SeedSchema.IMAGE), documented(format, "3.4 Image"));
    assertEquals(rows(SeedSchema.RELATED), documented(format, "3.5 Related article"));
  }

  @Test
  void theFormatSpecificationNamesTheKeysThatFollowABlankLine() throws IOException {
    String format =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds", "../seeds"), "..", "docs", "format.md"),
            StandardCharsets.UTF_8);
    Matcher rule =
        Pattern.compile("exactly one blank line before each of the top-level keys ([^.]*)")
            .matcher(format.replace("\n   ", " "));
    assertEquals(true, rule.find(), "section 4, rule 4");
    List<String> documented =
        Pattern.compile("`(\\w+)`").matcher(rule.group(1)).results().map(m -> m.group(1)).toList();
    List<String> blank =
        SeedSchema.DOCUMENT.fields().stream()
            .filter(f -> f.layout() != Layout.IN_BLOCK)
            .map(FieldSpec::key)
            .toList();
    assertEquals(blank, documented);
    for (RecordSchema<?, ?> nested :
        List.of(SeedSchema.PROVIDER, SeedSchema.IMAGE, SeedSchema.RELATED)) {
      assertEquals(
          true,
          nested.fields().stream().allMatch(f -> f.layout() == Layout.IN_BLOCK),
          nested.name() + " has no blank line");
    }
  }

  private static List<String> rows(RecordSchema<?, ?> schema) {
    return schema.fields().stream()
        .map(f -> f.key() + " | " + f.type() + " | " + (f.required() ? "yes" : "no"))
        .toList();
  }

  /**
   * The rows of the table under a heading, with the notes after a type ("text, may be empty") left
   * out.
   */
  private static List<String> documented(String format, String heading) {
    int section = format.indexOf("### " + heading);
    int next = format.indexOf("\n#", section + 1);
    Matcher row =
        Pattern.compile("(?m)^\\| (\\w+) \\| ([^|,(]+?)(?:,[^|]*| \\([^|]*\\))? \\| (yes|no) \\|$")
            .matcher(format.substring(section, next < 0 ? format.length() : next));
    List<String> rows = new ArrayList<>();
    while (row.find()) {
      rows.add(row.group(1) + " | " + row.group(2) + " | " + row.group(3));
    }
    return rows;
  }

  private static List<RecordComponent> fields(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .filter(c -> !NOT_FIELDS.contains(c.getName()))
        .toList();
  }
}
