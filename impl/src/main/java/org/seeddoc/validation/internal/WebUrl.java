package org.seeddoc.validation.internal;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An absolute http or https URL taken apart, or the reason it cannot be. The checks are seeddoc's
 * own and stricter than {@link URI}'s: lowercase scheme, no user info, a DNS name of two or more
 * labels or an IP literal, a port from 1 to 65535, and no white space or control characters.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host as written, brackets included for an IPv6 literal
 * @param port the port as written, or null
 * @param rest the path, query and fragment as written
 * @param problem why the URL is invalid, or null when it is valid
 */
record WebUrl(String scheme, String host, String port, String rest, String problem) {
  private static final int MAX_PORT = 65_535;

  static WebUrl parse(String url) {
    for (int i = 0; i < url.length(); ) {
      int c = url.codePointAt(i);
      i += Character.charCount(c);
      boolean bad = c < 0x80
          ? c <= ' ' || c == 0x7F
          : Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
      if (bad) {
        return invalid("must not contain white space or control characters");
      }
    }
    int colon = url.indexOf(':');
    if (colon <= 0 || !url.startsWith("//", colon + 1)) {
      return invalid("must be an absolute URL starting with https://");
    }
    String scheme = url.substring(0, colon);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return invalid(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")
          ? "must have a lowercase scheme" : "must use http or https, not '" + shorten(scheme) + "'");
    }
    int authorityStart = colon + 3;
    int authorityEnd = authorityStart;
    while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    String authority = url.substring(authorityStart, authorityEnd);
    if (authority.contains("@")) {
      return invalid("must not contain user info ('user@')");
    }
    String host = authority;
    String port = null;
    int portColon = authority.startsWith("[") ? authority.indexOf("]:") + 1 : authority.lastIndexOf(':');
    if (portColon > 0) {
      host = authority.substring(0, portColon);
      port = authority.substring(portColon + 1);
    }
    String problem = hostProblem(host);
    if (problem == null && port != null) {
      problem = portProblem(port);
    }
    return new WebUrl(scheme, host, port, url.substring(authorityEnd), problem);
  }

  /** The URL without its fragment, from the host on. */
  String hostAndPathWithoutFragment() {
    int hash = rest.indexOf('#');
    return host + (port == null ? "" : ":" + port) + (hash < 0 ? rest : rest.substring(0, hash));
  }

  private static WebUrl invalid(String problem) {
    return new WebUrl(null, null, null, null, problem);
  }

  private static String hostProblem(String host) {
    if (host.isEmpty()) {
      return "has no host";
    }
    if (host.startsWith("[")) {
      return isIpv6Literal(host) ? null : "has an invalid IPv6 address";
    }
    if (isDigitsAndDots(host)) {
      return isIpv4(host) ? null : "has an invalid IPv4 address";
    }
    String problem = DnsNames.problem(host);
    return problem == null ? null : "has a host that " + problem;
  }

  /** Such a host is meant as an IPv4 address, whether or not it is a valid one. */
  private static boolean isDigitsAndDots(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** Java's URI parser checks IPv6 literals strictly and never looks anything up. */
  private static boolean isIpv6Literal(String host) {
    if (!host.endsWith("]") || !host.substring(1, host.length() - 1).chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
      return false;
    }
    try {
      new URI("http://" + host + "/").parseServerAuthority();
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String portProblem(String port) {
    if (port.isEmpty() || port.length() > 5 || !DnsNames.isDigits(port)) {
      return "has a port that is not a number from 1 to 65535";
    }
    int value = Integer.parseInt(port);
    return value >= 1 && value <= MAX_PORT ? null : "has a port that is not a number from 1 to 65535";
  }

  private static String shorten(String text) {
    return text.length() > 16 ? text.substring(0, 16) + "…" : text;
  }
}
