package org.seeddoc;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An image of an article.
 *
 * <p>Immutable and thread-safe. Components are {@code null} when the file lacks them.
 *
 * @param url the image's URL, exactly as written
 * @param width the width in pixels
 * @param height the height in pixels
 * @param isCached whether the image is held in the publisher's cache
 * @param unknownFields keys the model does not know, in file order; unmodifiable, never null
 */
public record Image(
    @NotNull String url,
    @NotNull
        @Min(value = 1, message = "must be from 1 to 100000")
        @Max(value = 100_000, message = "must be from 1 to 100000")
        Integer width,
    @NotNull
        @Min(value = 1, message = "must be from 1 to 100000")
        @Max(value = 100_000, message = "must be from 1 to 100000")
        Integer height,
    @NotNull Boolean isCached,
    List<UnknownField> unknownFields) {

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param url the image's URL, exactly as written
   * @param width the width in pixels
   * @param height the height in pixels
   * @param isCached whether the image is held in the publisher's cache
   * @param unknownFields keys the model does not know, in file order; unmodifiable, never null
   */
  public Image {
    unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
  }

  /**
   * Creates an image with no unknown fields.
   *
   * @param url the URL
   * @param width the width in pixels
   * @param height the height in pixels
   * @param isCached whether the image is cached
   * @return the image
   */
  public static Image of(String url, int width, int height, boolean isCached) {
    return new Image(url, width, height, isCached, List.of());
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
   * Starts a builder holding this image's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .url(url)
        .width(width)
        .height(height)
        .isCached(isCached)
        .unknownFields(unknownFields);
  }

  /** Builds an {@link Image}. Not thread-safe; each setter returns this builder. */
  public static final class Builder {
    private String url;
    private Integer width;
    private Integer height;
    private Boolean isCached;
    private List<UnknownField> unknownFields;

    private Builder() {}

    /**
     * Sets the URL.
     *
     * @param value the URL, exactly as written
     * @return this builder
     */
    public Builder url(String value) {
      url = value;
      return this;
    }

    /**
     * Sets the width.
     *
     * @param value pixels
     * @return this builder
     */
    public Builder width(Integer value) {
      width = value;
      return this;
    }

    /**
     * Sets the height.
     *
     * @param value pixels
     * @return this builder
     */
    public Builder height(Integer value) {
      height = value;
      return this;
    }

    /**
     * Sets whether the image is cached.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder isCached(Boolean value) {
      isCached = value;
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
     * Builds the image.
     *
     * @return the image
     */
    public Image build() {
      return new Image(url, width, height, isCached, unknownFields);
    }
  }
}
