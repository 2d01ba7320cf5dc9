package org.seeddoc;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A seed document: the front matter of one file, as a value, and the body that follows it.
 *
 * <p>Immutable and thread-safe. A component is {@code null} when the file lacks the field, so a
 * document read from a file with problems can still be validated; an empty list means the file
 * wrote {@code []}, and writing keeps the difference. Lists are unmodifiable. Build one with {@link
 * #builder()}, or change one with {@link #toBuilder()}. The constructor throws {@link
 * IllegalArgumentException} for a publishedDateTime the format cannot write (a fraction of a
 * second, a year outside 0000 to 9999) and {@link NullPointerException} for a null body or a list
 * holding null.
 *
 * @param category the section, a token such as {@code news}
 * @param title the headline
 * @param excerpt the summary; may be empty
 * @param publishedDateTime when the article was published, in whole seconds
 * @param originalUrl the URL the article was first published at
 * @param webUrl the article's web URL
 * @param ampWebUrl the article's AMP URL
 * @param cdnAmpWebUrl the AMP Cache URL of {@code ampWebUrl}
 * @param type the kind of article, a token such as {@code article}
 * @param quality a score from 0 to 100
 * @param heat a score from -1 (unknown) to 100
 * @param published whether the article is published
 * @param provider the publisher
 * @param topics the topics, tokens
 * @param images the images
 * @param related related articles
 * @param secured the signed payload and its nonce
 * @param unknownFields top-level keys the model does not know, in file order; never null
 * @param body everything after the closing {@code ---} line, byte for byte; never null
 */
public record SeedDocument(
    @NotBlank String category,
    @NotBlank String title,
    @NotNull String excerpt,
    @NotNull Instant publishedDateTime,
    @NotNull String originalUrl,
    @NotNull String webUrl,
    String ampWebUrl,
    String cdnAmpWebUrl,
    @NotBlank String type,
    @NotNull
        @Min(value = 0, message = "must be from 0 to 100")
        @Max(value = 100, message = "must be from 0 to 100")
        Integer quality,
    @NotNull
        @Min(value = -1, message = "must be from -1 (unknown) to 100")
        @Max(value = 100, message = "must be from -1 (unknown) to 100")
        Integer heat,
    @NotNull Boolean published,
    @NotNull Provider provider,
    List<String> topics,
    List<Image> images,
    List<RelatedArticle> related,
    @NotNull Secured secured,
    List<UnknownField> unknownFields,
    String body) {

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param category the section, a token such as {@code news}
   * @param title the headline
   * @param excerpt the summary; may be empty
   * @param publishedDateTime when the article was published, in whole seconds
   * @param originalUrl the URL the article was first published at
   * @param webUrl the article's web URL
   * @param ampWebUrl the article's AMP URL
   * @param cdnAmpWebUrl the AMP Cache URL of {@code ampWebUrl}
   * @param type the kind of article, a token such as {@code article}
   * @param quality a score from 0 to 100
   * @param heat a score from -1 (unknown) to 100
   * @param published whether the article is published
   * @param provider the publisher
   * @param topics the topics, tokens
   * @param images the images
   * @param related related articles
   * @param secured the signed payload and its nonce
   * @param unknownFields top-level keys the model does not know, in file order; never null
   * @param body everything after the closing {@code ---} line, byte for byte; never null
   */
  public SeedDocument {
    ModelValues.requireWritable(publishedDateTime, "publishedDateTime");
    topics = ModelValues.copyOrNull(topics);
    images = ModelValues.copyOrNull(images);
    related = ModelValues.copyOrNull(related);
    unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
    Objects.requireNonNull(body, "body");
  }

  /**
   * Starts an empty builder; its body is the empty string.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this document's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .category(category)
        .title(title)
        .excerpt(excerpt)
        .publishedDateTime(publishedDateTime)
        .originalUrl(originalUrl)
        .webUrl(webUrl)
        .ampWebUrl(ampWebUrl)
        .cdnAmpWebUrl(cdnAmpWebUrl)
        .type(type)
        .quality(quality)
        .heat(heat)
        .published(published)
        .provider(provider)
        .topics(topics)
        .images(images)
        .related(related)
        .secured(secured)
        .unknownFields(unknownFields)
        .body(body);
  }

  /** Builds a {@link SeedDocument}. Not thread-safe; each setter returns this builder. */
  public static final class Builder {
    private String category;
    private String title;
    private String excerpt;
    private Instant publishedDateTime;
    private String originalUrl;
    private String webUrl;
    private String ampWebUrl;
    private String cdnAmpWebUrl;
    private String type;
    private Integer quality;
    private Integer heat;
    private Boolean published;
    private Provider provider;
    private List<String> topics;
    private List<Image> images;
    private List<RelatedArticle> related;
    private Secured secured;
    private List<UnknownField> unknownFields;
    private String body = "";

    private Builder() {}

    /**
     * Sets the section.
     *
     * @param value a token such as {@code news}
     * @return this builder
     */
    public Builder category(String value) {
      category = value;
      return this;
    }

    /**
     * Sets the headline.
     *
     * @param value the headline
     * @return this builder
     */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /**
     * Sets the summary.
     *
     * @param value the summary
     * @return this builder
     */
    public Builder excerpt(String value) {
      excerpt = value;
      return this;
    }

    /**
     * Sets the publication time.
     *
     * @param value the time, in whole seconds
     * @return this builder
     */
    public Builder publishedDateTime(Instant value) {
      publishedDateTime = value;
      return this;
    }

    /**
     * Sets the original URL.
     *
     * @param value the URL
     * @return this builder
     */
    public Builder originalUrl(String value) {
      originalUrl = value;
      return this;
    }

    /**
     * Sets the web URL.
     *
     * @param value the URL
     * @return this builder
     */
    public Builder webUrl(String value) {
      webUrl = value;
      return this;
    }

    /**
     * Sets the AMP URL.
     *
     * @param value the URL, or null for none
     * @return this builder
     */
    public Builder ampWebUrl(String value) {
      ampWebUrl = value;
      return this;
    }

    /**
     * Sets the AMP Cache URL.
     *
     * @param value the URL, or null for none
     * @return this builder
     */
    public Builder cdnAmpWebUrl(String value) {
      cdnAmpWebUrl = value;
      return this;
    }

    /**
     * Sets the kind of article.
     *
     * @param value a token such as {@code article}
     * @return this builder
     */
    public Builder type(String value) {
      type = value;
      return this;
    }

    /**
     * Sets the quality score.
     *
     * @param value 0 to 100
     * @return this builder
     */
    public Builder quality(Integer value) {
      quality = value;
      return this;
    }

    /**
     * Sets the heat score.
     *
     * @param value -1 to 100
     * @return this builder
     */
    public Builder heat(Integer value) {
      heat = value;
      return this;
    }

    /**
     * Sets whether it is published.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder published(Boolean value) {
      published = value;
      return this;
    }

    /**
     * Sets the publisher.
     *
     * @param value the publisher
     * @return this builder
     */
    public Builder provider(Provider value) {
      provider = value;
      return this;
    }

    /**
     * Sets the topics.
     *
     * @param value the topics, or null for none
     * @return this builder
     */
    public Builder topics(List<String> value) {
      topics = value;
      return this;
    }

    /**
     * Sets the images.
     *
     * @param value the images, or null for none
     * @return this builder
     */
    public Builder images(List<Image> value) {
      images = value;
      return this;
    }

    /**
     * Sets the related articles.
     *
     * @param value the articles, or null for none
     * @return this builder
     */
    public Builder related(List<RelatedArticle> value) {
      related = value;
      return this;
    }

    /**
     * Sets the secured value.
     *
     * @param value the value
     * @return this builder
     */
    public Builder secured(Secured value) {
      secured = value;
      return this;
    }

    /**
     * Sets the keys the model does not know.
     *
     * @param value the fields, in order
     * @return this builder
     */
    public Builder unknownFields(List<UnknownField> value) {
      unknownFields = value;
      return this;
    }

    /**
     * Sets the body.
     *
     * @param value the text after the front matter
     * @return this builder
     */
    public Builder body(String value) {
      body = value;
      return this;
    }

    /**
     * Builds the document.
     *
     * @return the document
     * @throws IllegalArgumentException if the date cannot be written
     * @throws NullPointerException if the body is null
     */
    public SeedDocument build() {
      return new SeedDocument(
          category,
          title,
          excerpt,
          publishedDateTime,
          originalUrl,
          webUrl,
          ampWebUrl,
          cdnAmpWebUrl,
          type,
          quality,
          heat,
          published,
          provider,
          topics,
          images,
          related,
          secured,
          unknownFields,
          body);
    }
  }
}
