package org.seeddoc.validation.internal;

import com.google.common.net.InternetDomainName;

/**
 * Public suffixes and registrable domains, from the Public Suffix List as Guava ships it, both its
 * ICANN and its private sections: {@code co.uk} and {@code github.io} are public suffixes, and the
 * registrable domain of {@code www.bbc.co.uk} is {@code bbc.co.uk}. Thread-safe.
 */
final class RegistrableDomains {
  private RegistrableDomains() {}

  /** Whether a valid host, in A-labels, is a public suffix: a name anyone can register under. */
  static boolean isPublicSuffix(String ascii) {
    InternetDomainName name = parse(ascii);
    return name != null && name.isPublicSuffix();
  }

  /** The registrable domain of a valid host in A-labels, or the host itself when it has none (an IP literal, an unknown suffix). */
  static String of(String ascii) {
    InternetDomainName name = parse(ascii);
    return name != null && name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : ascii;
  }

  private static InternetDomainName parse(String ascii) {
    try {
      return InternetDomainName.from(ascii);
    } catch (IllegalArgumentException e) {
      return null; // an IP literal, or a name Guava's stricter syntax refuses: it has no registrable part to compare
    }
  }
}
