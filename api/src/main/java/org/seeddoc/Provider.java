package org.seeddoc;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * The publisher of an article: {@code provider: {name: IET, domain: theiet.org}}.
 *
 * <p>Immutable and thread-safe. Components are {@code null} when the file lacks them.
 *
 * @param name the provider's display name, a token such as {@code IET}
 * @param domain the provider's DNS domain, such as {@code theiet.org}
 * @param unknownFields keys the model does not know, in file order; unmodifiable, never null
 */
public record Provider(
    @NotBlank String name, @NotBlank String domain, List<UnknownField> unknownFields) {

  /**
   * Creates the record, checking its components as the type's description says.
   *
   * @param name the provider's display name, a token such as {@code IET}
   * @param domain the provider's DNS domain, such as {@code theiet.org}
   * @param unknownFields keys the model does not know, in file order; unmodifiable, never null
   */
  public Provider {
    unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
  }

  /**
   * Creates a provider with no unknown fields.
   *
   * @param name the display name
   * @param domain the DNS domain
   * @return the provider
   */
  public static Provider of(String name, String domain) {
    return new Provider(name, domain, List.of());
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
   * Starts a builder holding this provider's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().name(name).domain(domain).unknownFields(unknownFields);
  }

  /** Builds a {@link Provider}. Not thread-safe; each setter returns this builder. */
  public static final class Builder {
    private String name;
    private String domain;
    private List<UnknownField> unknownFields;

    private Builder() {}

    /**
     * Sets the display name.
     *
     * @param value a token such as {@code IET}
     * @return this builder
     */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /**
     * Sets the DNS domain.
     *
     * @param value such as {@code theiet.org}
     * @return this builder
     */
    public Builder domain(String value) {
      domain = value;
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
     * Builds the provider.
     *
     * @return the provider
     */
    public Provider build() {
      return new Provider(name, domain, unknownFields);
    }
  }
}
