package org.seeddoc;

import java.util.List;
import jakarta.validation.constraints.NotBlank;

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
    @NotBlank String name,
    @NotBlank String domain,
    List<UnknownField> unknownFields) {

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
}
