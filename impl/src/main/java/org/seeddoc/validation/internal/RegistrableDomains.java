package org.seeddoc.validation.internal;

import com.google.common.net.InternetDomainName;
import java.util.List;
import java.util.Optional;

/**
 * Public suffixes and registrable domains, from the Public Suffix List as Guava ships it, both its
 * ICANN and its private sections: {@code co.uk} and {@code github.io} are public suffixes, and the
 * registrable domain of {@code www.bbc.co.uk} is {@code bbc.co.uk}. A top-level domain the list
 * does not name (one delegated after Guava's copy was made, or {@code example}) is a public suffix
 * by the list's default rule {@code *}, which Guava leaves to its callers: the registrable domain
 * of {@code www.news.example} is {@code news.example}. Thread-safe.
 */
final class RegistrableDomains {
  /**
   * Names already looked up: a list of articles names the same few providers again and again, and a
   * Public Suffix List lookup was the largest part of validating one.
   */
  private static final Memo<Optional<InternetDomainName>> CACHE =
      new Memo<>(10_000, ascii -> Optional.ofNullable(lookUp(ascii)));

  private RegistrableDomains() {}

  /** Whether a valid host, in A-labels, is a public suffix: a name anyone can register under. */
  static boolean isPublicSuffix(String ascii) {
    InternetDomainName name = parse(ascii);
    return name != null
        && (name.isPublicSuffix() || (!name.hasPublicSuffix() && name.parts().size() == 1));
  }

  /**
   * The registrable domain of a valid host in A-labels, or the host itself when it has none (an IP
   * literal, a public suffix).
   */
  static String of(String ascii) {
    InternetDomainName name = parse(ascii);
    if (name == null) {
      return ascii;
    }
    if (name.isUnderPublicSuffix()) {
      return name.topPrivateDomain().toString();
    }
    List<String> labels = name.parts();
    return !name.hasPublicSuffix() && labels.size() > 1
        ? labels.get(labels.size() - 2) + "." + labels.get(labels.size() - 1)
        : ascii;
  }

  private static InternetDomainName parse(String ascii) {
    return CACHE.get(ascii).orElse(null);
  }

  private static InternetDomainName lookUp(String ascii) {
    try {
      InternetDomainName name = InternetDomainName.from(ascii);
      name.isPublicSuffix(); // the lookup itself; InternetDomainName keeps its result
      return name;
    } catch (IllegalArgumentException e) {
      return null; // an IP literal, or a name Guava's stricter syntax refuses: it has no
      // registrable part to compare
    }
  }
}
