package org.seeddoc.validation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.bouncycastle.util.encoders.Base32;

/**
 * The Google AMP Cache URL of an AMP page, as {@code cdn.ampproject.org} serves it: the page's host
 * turned into one DNS label, then {@code /c/} (plus {@code s/} for https) and the page's own host,
 * path and query.
 */
final class AmpCache {
  private static final String CACHE_DOMAIN = ".cdn.ampproject.org";
  private static final int MAX_LABEL = 63;
  private static final String ACE_PREFIX = "xn--";

  private AmpCache() {}

  /** The cache URL of a valid AMP page URL. */
  static String url(WebUrl page) {
    return "https://" + subdomain(page.host()) + CACHE_DOMAIN + "/c/"
        + (page.scheme().equals("https") ? "s/" : "") + page.hostAndPathWithoutFragment();
  }

  /**
   * The cache subdomain of a host: Punycode-decode it, double each {@code -}, turn each {@code .}
   * into {@code -}, wrap it in {@code 0-…-0} when its 3rd and 4th characters are both {@code -},
   * Punycode-encode it; when that is over 63 characters, the SHA-256 of the ASCII host in lowercase
   * base32 without padding.
   */
  static String subdomain(String host) {
    String ascii = DnsNames.toAscii(host);
    StringBuilder unicode = new StringBuilder();
    for (String label : ascii.split("\\.", -1)) {
      if (unicode.length() > 0) {
        unicode.append('.');
      }
      unicode.append(label.startsWith(ACE_PREFIX) ? Punycode.decode(label.substring(ACE_PREFIX.length())) : label);
    }
    String joined = unicode.toString().replace("-", "--").replace(".", "-");
    if (joined.length() >= 4 && joined.charAt(2) == '-' && joined.charAt(3) == '-') {
      joined = "0-" + joined + "-0";
    }
    String encoded = DnsNames.isAscii(joined) ? joined : ACE_PREFIX + Punycode.encode(joined);
    return encoded.length() <= MAX_LABEL ? encoded : hashed(ascii);
  }

  private static String hashed(String asciiHost) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(asciiHost.getBytes(StandardCharsets.US_ASCII));
      return Base32.toBase32String(digest).replace("=", "").toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
