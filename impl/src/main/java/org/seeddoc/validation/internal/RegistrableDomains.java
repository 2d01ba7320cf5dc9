package org.seeddoc.validation.internal;

import com.google.common.net.InternetDomainName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public suffixes and registrable domains, from the Public Suffix List as Guava ships it, both its
 * ICANN and its private sections: {@code co.uk} and {@code github.io} are public suffixes, and the
 * registrable domain of {@code www.bbc.co.uk} is {@code bbc.co.uk}. A top-level domain the list does
 * not name (one delegated after Guava's copy was made, or {@code example}) is a public suffix by the
 * list's default rule {@code *}, which Guava leaves to its callers: the registrable domain of
 * {@code www.news.example} is {@code news.example}. Thread-safe.
 */
final class RegistrableDomains {
  /**
   * Names already looked up. A list of articles names the same few providers again and again, and
   * a Public Suffix List lookup was the largest part of validating one; the cache is emptied when it
   * grows past its size, so a hostile list of names cannot grow it without bound.
   */
  private static final int MAX_CACHED = 10_000;
  private static final Map<String, Optional<InternetDomainName>> CACHE = new ConcurrentHashMap<>();

  private RegistrableDomains() {}

  /** Whether a valid host, in A-labels, is a public suffix: a name anyone can register under. */
  static boolean isPublicSuffix(String ascii) {
    InternetDomainName name = parse(ascii);
    return name != null && (name.isPublicSuffix() || (!name.hasPublicSuffix() && name.parts().size() == 1));
  }

  /** The registrable domain of a valid host in A-labels, or the host itself when it has none (an IP literal, a public suffix). */
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
    Optional<InternetDomainName> cached = CACHE.get(ascii);
    if (cached == null) {
      if (CACHE.size() >= MAX_CACHED) {
        CACHE.clear();
      }
      cached = Optional.ofNullable(lookUp(ascii));
      CACHE.put(ascii, cached);
    }
    return cached.orElse(null);
  }

  private static InternetDomainName lookUp(String ascii) {
    try {
      InternetDomainName name = InternetDomainName.from(ascii);
      name.isPublicSuffix(); // the lookup itself; InternetDomainName keeps its result
      return name;
    } catch (IllegalArgumentException e) {
      return null; // an IP literal, or a name Guava's stricter syntax refuses: it has no registrable part to compare
    }
  }
}
