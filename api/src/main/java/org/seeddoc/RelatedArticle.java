package org.seeddoc;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * An article related to the document's own, an item of its {@code related} list.
 *
 * <p>Immutable and thread-safe. A component is {@code null} when the file lacks the field; an empty
 * list means the file wrote {@code []}. Lists are unmodifiable. Build one with {@link #builder()}.
 * The constructor throws {@link IllegalArgumentException} for a publishedDateTime the format cannot
 * write and {@link NullPointerException} for a list holding null.
 *
 * @param title the headline
 * @param excerpt the summary; may be empty
 * @param publishedDateTime when it was published, in whole seconds
 * @param originalUrl the URL the article was first published at
 * @param webUrl the article's web URL
 * @param ampWebUrl the article's AMP URL
 * @param cdnAmpWebUrl the AMP Cache URL of {@code ampWebUrl}
 * @param type the kind of article, a token such as {@code article}
 * @param provider the publisher
 * @param quality a score from 0 to 100
 * @param heat a score from -1 (unknown) to 100
 * @param published whether it is published
 * @param topics the topics, tokens
 * @param images the images
 * @param unknownFields keys the model does not know, in file order; never null
 */
public record RelatedArticle(
    @NotBlank String title,
    @NotNull String excerpt,
    @NotNull Instant publishedDateTime,
    String originalUrl,
    @NotNull String webUrl,
    String ampWebUrl,
    String cdnAmpWebUrl,
    @NotBlank String type,
    @NotNull Provider provider,
    @NotNull
        @Min(value = 0, message = "must be from 0 to 100")
        @Max(value = 100, message = "must be from 0 to 100")
        Integer quality,
    @Min(value = -1, message = "must be from -1 (unknown) to 100")
        @Max(value = 100, message = "must be from -1 (unknown) to 100")
        Integer heat,
    Boolean published,
    List<String> topics,
    List<Image> images,
    List<UnknownField> unknownFields) {

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param title the headline
   * @param excerpt the summary; may be empty
   * @param publishedDateTime when it was published, in whole seconds
   * @param originalUrl the URL the article was first published at
   * @param webUrl the article's web URL
   * @param ampWebUrl the article's AMP URL
   * @param cdnAmpWebUrl the AMP Cache URL of {@code ampWebUrl}
   * @param type the kind of article, a token such as {@code article}
   * @param provider the publisher
   * @param quality a score from 0 to 100
   * @param heat a score from -1 (unknown) to 100
   * @param published whether it is published
   * @param topics the topics, tokens
   * @param images the images
   * @param unknownFields keys the model does not know, in file order; never null
   */
  public RelatedArticle {
    ModelValues.requireWritable(publishedDateTime, "publishedDateTime");
    topics = ModelValues.copyOrNull(topics);
    images = ModelValues.copyOrNull(images);
    unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this article's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .title(title)
        .excerpt(excerpt)
        .publishedDateTime(publishedDateTime)
        .originalUrl(originalUrl)
        .webUrl(webUrl)
        .ampWebUrl(ampWebUrl)
        .cdnAmpWebUrl(cdnAmpWebUrl)
        .type(type)
        .provider(provider)
        .quality(quality)
        .heat(heat)
        .published(published)
        .topics(topics)
        .images(images)
        .unknownFields(unknownFields);
  }

  /** Builds a {@link RelatedArticle}. Not thread-safe; each setter returns this builder. */
  public static final class Builder {
    private String title;
    private String excerpt;
    private Instant publishedDateTime;
    private String originalUrl;
    private String webUrl;
    private String ampWebUrl;
    private String cdnAmpWebUrl;
    private String type;
    private Provider provider;
    private Integer quality;
    private Integer heat;
    private Boolean published;
    private List<String> topics;
    private List<Image> images;
    private List<UnknownField> unknownFields;

    private Builder() {}

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
     * @param value -1 to 100, or null for none
     * @return this builder
     */
    public Builder heat(Integer value) {
      heat = value;
      return this;
    }

    /**
     * Sets whether it is published.
     *
     * @param value the flag, or null for none
     * @return this builder
     */
    public Builder published(Boolean value) {
      published = value;
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
     * Builds the article.
     *
     * @return the article
     * @throws IllegalArgumentException if the date cannot be written
     */
    public RelatedArticle build() {
      return new RelatedArticle(
          title,
          excerpt,
          publishedDateTime,
          originalUrl,
          webUrl,
          ampWebUrl,
          cdnAmpWebUrl,
          type,
          provider,
          quality,
          heat,
          published,
          topics,
          images,
          unknownFields);
    }
  }
}
