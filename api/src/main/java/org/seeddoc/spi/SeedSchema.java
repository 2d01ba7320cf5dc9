package org.seeddoc.spi;

import static org.seeddoc.spi.Layout.IN_BLOCK;
import static org.seeddoc.spi.Layout.LAST_BLOCK;
import static org.seeddoc.spi.Layout.NEW_BLOCK;
import static org.seeddoc.spi.ValueType.BOOLEAN;
import static org.seeddoc.spi.ValueType.INSTANT;
import static org.seeddoc.spi.ValueType.INTEGER;
import static org.seeddoc.spi.ValueType.SECURED;
import static org.seeddoc.spi.ValueType.TEXT;
import static org.seeddoc.spi.ValueType.TOKEN;
import static org.seeddoc.spi.ValueType.URL;
import static org.seeddoc.spi.ValueType.listOf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.SeedDocument;
import org.seeddoc.UnknownField;

/**
 * The seed document format in code: one table per kind of mapping, each row a field in canonical
 * order. This is the only place that names the format's keys; everything that reads, writes,
 * checks, generates or documents fields takes them from here, and {@code SchemaTest} ties the table
 * to the model's constraint annotations and to the field tables of {@code docs/format.md}.
 *
 * <p>To add a field: add the component to its record (and builder), then one row here.
 */
public final class SeedSchema {
  /** The key {@code category}. */
  public static final String CATEGORY = "category";

  /** The key {@code title}. */
  public static final String TITLE = "title";

  /** The key {@code excerpt}. */
  public static final String EXCERPT = "excerpt";

  /** The key {@code publishedDateTime}. */
  public static final String PUBLISHED_DATE_TIME = "publishedDateTime";

  /** The key {@code originalUrl}. */
  public static final String ORIGINAL_URL = "originalUrl";

  /** The key {@code webUrl}. */
  public static final String WEB_URL = "webUrl";

  /** The key {@code ampWebUrl}. */
  public static final String AMP_WEB_URL = "ampWebUrl";

  /** The key {@code cdnAmpWebUrl}. */
  public static final String CDN_AMP_WEB_URL = "cdnAmpWebUrl";

  /** The key {@code type}. */
  public static final String TYPE = "type";

  /** The key {@code quality}. */
  public static final String QUALITY = "quality";

  /** The key {@code heat}. */
  public static final String HEAT = "heat";

  /** The key {@code published}. */
  public static final String PUBLISHED = "published";

  /** The key {@code provider}. */
  public static final String PROVIDER_KEY = "provider";

  /** The key {@code topics}. */
  public static final String TOPICS = "topics";

  /** The key {@code images}. */
  public static final String IMAGES = "images";

  /** The key {@code related}. */
  public static final String RELATED_KEY = "related";

  /** The key {@code secured}. */
  public static final String SECURED_KEY = "secured";

  /** The provider's key {@code name}. */
  public static final String NAME = "name";

  /** The provider's key {@code domain}. */
  public static final String DOMAIN = "domain";

  /** The image's key {@code url}. */
  public static final String IMAGE_URL = "url";

  /** The image's key {@code width}. */
  public static final String WIDTH = "width";

  /** The image's key {@code height}. */
  public static final String HEIGHT = "height";

  /** The image's key {@code isCached}. */
  public static final String IS_CACHED = "isCached";

  private static final boolean REQUIRED = true;
  private static final boolean OPTIONAL = false;

  /** {@code provider: {name: IET, domain: theiet.org}}. */
  public static final RecordSchema<Provider, Provider.Builder> PROVIDER =
      new Rows<>(
              "provider",
              Provider.class,
              Provider::builder,
              Provider::toBuilder,
              Provider.Builder::build,
              Provider::unknownFields,
              Provider.Builder::unknownFields)
          .row(NAME, TOKEN, REQUIRED, IN_BLOCK, Provider::name, Provider.Builder::name)
          .row(DOMAIN, TOKEN, REQUIRED, IN_BLOCK, Provider::domain, Provider.Builder::domain)
          .schema();

  /** An item of {@code images}. */
  public static final RecordSchema<Image, Image.Builder> IMAGE =
      new Rows<>(
              "image",
              Image.class,
              Image::builder,
              Image::toBuilder,
              Image.Builder::build,
              Image::unknownFields,
              Image.Builder::unknownFields)
          .row(IMAGE_URL, URL, REQUIRED, IN_BLOCK, Image::url, Image.Builder::url)
          .row(WIDTH, INTEGER, REQUIRED, IN_BLOCK, Image::width, Image.Builder::width)
          .row(HEIGHT, INTEGER, REQUIRED, IN_BLOCK, Image::height, Image.Builder::height)
          .row(IS_CACHED, BOOLEAN, REQUIRED, IN_BLOCK, Image::isCached, Image.Builder::isCached)
          .schema();

  /** An item of {@code related}; its provider comes right after its type, unlike the document's. */
  public static final RecordSchema<RelatedArticle, RelatedArticle.Builder> RELATED =
      new Rows<>(
              "related-article",
              RelatedArticle.class,
              RelatedArticle::builder,
              RelatedArticle::toBuilder,
              RelatedArticle.Builder::build,
              RelatedArticle::unknownFields,
              RelatedArticle.Builder::unknownFields)
          .row(
              TITLE, TEXT, REQUIRED, IN_BLOCK, RelatedArticle::title, RelatedArticle.Builder::title)
          .row(
              EXCERPT,
              TEXT,
              REQUIRED,
              IN_BLOCK,
              RelatedArticle::excerpt,
              RelatedArticle.Builder::excerpt)
          .row(
              PUBLISHED_DATE_TIME,
              INSTANT,
              REQUIRED,
              IN_BLOCK,
              RelatedArticle::publishedDateTime,
              RelatedArticle.Builder::publishedDateTime)
          .row(
              ORIGINAL_URL,
              URL,
              OPTIONAL,
              IN_BLOCK,
              RelatedArticle::originalUrl,
              RelatedArticle.Builder::originalUrl)
          .row(
              WEB_URL,
              URL,
              REQUIRED,
              IN_BLOCK,
              RelatedArticle::webUrl,
              RelatedArticle.Builder::webUrl)
          .row(
              AMP_WEB_URL,
              URL,
              OPTIONAL,
              IN_BLOCK,
              RelatedArticle::ampWebUrl,
              RelatedArticle.Builder::ampWebUrl)
          .row(
              CDN_AMP_WEB_URL,
              URL,
              OPTIONAL,
              IN_BLOCK,
              RelatedArticle::cdnAmpWebUrl,
              RelatedArticle.Builder::cdnAmpWebUrl)
          .row(TYPE, TOKEN, REQUIRED, IN_BLOCK, RelatedArticle::type, RelatedArticle.Builder::type)
          .row(
              PROVIDER_KEY,
              ValueType.record(Provider.class, () -> PROVIDER),
              REQUIRED,
              IN_BLOCK,
              RelatedArticle::provider,
              RelatedArticle.Builder::provider)
          .row(
              QUALITY,
              INTEGER,
              REQUIRED,
              IN_BLOCK,
              RelatedArticle::quality,
              RelatedArticle.Builder::quality)
          .row(
              HEAT, INTEGER, OPTIONAL, IN_BLOCK, RelatedArticle::heat, RelatedArticle.Builder::heat)
          .row(
              PUBLISHED,
              BOOLEAN,
              OPTIONAL,
              IN_BLOCK,
              RelatedArticle::published,
              RelatedArticle.Builder::published)
          .row(
              TOPICS,
              listOf(TOKEN),
              OPTIONAL,
              IN_BLOCK,
              RelatedArticle::topics,
              RelatedArticle.Builder::topics)
          .row(
              IMAGES,
              listOf(ValueType.record(Image.class, () -> IMAGE)),
              OPTIONAL,
              IN_BLOCK,
              RelatedArticle::images,
              RelatedArticle.Builder::images)
          .schema();

  /** The front matter itself. */
  public static final RecordSchema<SeedDocument, SeedDocument.Builder> DOCUMENT =
      new Rows<>(
              "document",
              SeedDocument.class,
              SeedDocument::builder,
              SeedDocument::toBuilder,
              SeedDocument.Builder::build,
              SeedDocument::unknownFields,
              SeedDocument.Builder::unknownFields)
          .row(
              CATEGORY,
              TOKEN,
              REQUIRED,
              IN_BLOCK,
              SeedDocument::category,
              SeedDocument.Builder::category)
          .row(TITLE, TEXT, REQUIRED, IN_BLOCK, SeedDocument::title, SeedDocument.Builder::title)
          .row(
              EXCERPT,
              TEXT,
              REQUIRED,
              IN_BLOCK,
              SeedDocument::excerpt,
              SeedDocument.Builder::excerpt)
          .row(
              PUBLISHED_DATE_TIME,
              INSTANT,
              REQUIRED,
              IN_BLOCK,
              SeedDocument::publishedDateTime,
              SeedDocument.Builder::publishedDateTime)
          .row(
              ORIGINAL_URL,
              URL,
              REQUIRED,
              IN_BLOCK,
              SeedDocument::originalUrl,
              SeedDocument.Builder::originalUrl)
          .row(WEB_URL, URL, REQUIRED, IN_BLOCK, SeedDocument::webUrl, SeedDocument.Builder::webUrl)
          .row(
              AMP_WEB_URL,
              URL,
              OPTIONAL,
              IN_BLOCK,
              SeedDocument::ampWebUrl,
              SeedDocument.Builder::ampWebUrl)
          .row(
              CDN_AMP_WEB_URL,
              URL,
              OPTIONAL,
              IN_BLOCK,
              SeedDocument::cdnAmpWebUrl,
              SeedDocument.Builder::cdnAmpWebUrl)
          .row(TYPE, TOKEN, REQUIRED, IN_BLOCK, SeedDocument::type, SeedDocument.Builder::type)
          .row(
              QUALITY,
              INTEGER,
              REQUIRED,
              IN_BLOCK,
              SeedDocument::quality,
              SeedDocument.Builder::quality)
          .row(HEAT, INTEGER, REQUIRED, IN_BLOCK, SeedDocument::heat, SeedDocument.Builder::heat)
          .row(
              PUBLISHED,
              BOOLEAN,
              REQUIRED,
              IN_BLOCK,
              SeedDocument::published,
              SeedDocument.Builder::published)
          .row(
              PROVIDER_KEY,
              ValueType.record(Provider.class, () -> PROVIDER),
              REQUIRED,
              NEW_BLOCK,
              SeedDocument::provider,
              SeedDocument.Builder::provider)
          .row(
              TOPICS,
              listOf(TOKEN),
              OPTIONAL,
              NEW_BLOCK,
              SeedDocument::topics,
              SeedDocument.Builder::topics)
          .row(
              IMAGES,
              listOf(ValueType.record(Image.class, () -> IMAGE)),
              OPTIONAL,
              NEW_BLOCK,
              SeedDocument::images,
              SeedDocument.Builder::images)
          .row(
              RELATED_KEY,
              listOf(ValueType.record(RelatedArticle.class, () -> RELATED)),
              OPTIONAL,
              NEW_BLOCK,
              SeedDocument::related,
              SeedDocument.Builder::related)
          .row(
              SECURED_KEY,
              SECURED,
              REQUIRED,
              LAST_BLOCK,
              SeedDocument::secured,
              SeedDocument.Builder::secured)
          .schema();

  /** Every schema, the document's first. */
  public static final List<RecordSchema<?, ?>> ALL = List.of(DOCUMENT, PROVIDER, IMAGE, RELATED);

  private SeedSchema() {}

  /** Collects the rows of one table, so that each row is one line above. */
  private static final class Rows<R, B> {
    private final String name;
    private final Class<R> recordType;
    private final Supplier<B> builder;
    private final Function<R, B> toBuilder;
    private final Function<B, R> build;
    private final Function<R, List<UnknownField>> unknownFields;
    private final BiConsumer<B, List<UnknownField>> setUnknownFields;
    private final List<FieldSpec<R, B, ?>> fields = new ArrayList<>();

    Rows(
        String name,
        Class<R> recordType,
        Supplier<B> builder,
        Function<R, B> toBuilder,
        Function<B, R> build,
        Function<R, List<UnknownField>> unknownFields,
        BiConsumer<B, List<UnknownField>> setUnknownFields) {
      this.name = name;
      this.recordType = recordType;
      this.builder = builder;
      this.toBuilder = toBuilder;
      this.build = build;
      this.unknownFields = unknownFields;
      this.setUnknownFields = setUnknownFields;
    }

    <V> Rows<R, B> row(
        String key,
        ValueType<V> type,
        boolean required,
        Layout layout,
        Function<R, V> getter,
        BiConsumer<B, V> setter) {
      fields.add(new FieldSpec<>(key, type, required, layout, getter, setter));
      return this;
    }

    RecordSchema<R, B> schema() {
      return new RecordSchema<>(
          name, recordType, fields, builder, toBuilder, build, unknownFields, setUnknownFields);
    }
  }
}
