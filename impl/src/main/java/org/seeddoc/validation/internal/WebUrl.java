package org.seeddoc.validation.internal;

import com.google.common.net.InetAddresses;
import java.net.URI;

/**
 * An absolute http or https URL taken apart, or the reason it cannot be. The checks are seeddoc's
 * own and stricter than {@link URI}'s: lowercase scheme, no user info, a host that is a valid name
 * in its normal form ({@link Hosts}) or an IP literal, a port from 1 to 65535, and no white space,
 * control characters or bidi controls anywhere.
 *
 * @param text the URL as written
 * @param scheme {@code http} or {@code https}
 * @param host the host as written, brackets included for an IPv6 literal
 * @param name the host's normal forms, or null for an IP literal
 * @param port the port as written, or null
 * @param rest the path, query and fragment as written
 * @param problem why the URL is invalid, or null when it is valid
 * @param fix the URL with its problem mended, or null when there is no sure mend
 */
record WebUrl(
    String text,
    String scheme,
    String host,
    Hosts.Name name,
    String port,
    String rest,
    String problem,
    String fix) {
  private static final int MAX_PORT = 65_535;

  static WebUrl parse(String url) {
    for (int i = 0; i < url.length(); ) {
      int c = url.codePointAt(i);
      i += Character.charCount(c);
      boolean bad =
          c < 0x80
              ? c <= ' ' || c == 0x7F
              : Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
      if (bad) {
        return invalid(url, "must not contain white space or control characters", null);
      }
      if (c >= 0x80 && Hosts.isInvisible(c) && !isInHost(url, i)) {
        return invalid(
            url,
            String.format("must not contain the invisible character U+%04X", c),
            withoutInvisible(url));
      }
    }
    int colon = url.indexOf(':');
    if (colon <= 0 || !url.startsWith("//", colon + 1)) {
      return invalid(url, "must be an absolute URL starting with https://", null);
    }
    String scheme = url.substring(0, colon);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      boolean upper = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
      return invalid(
          url,
          upper
              ? "must have a lowercase scheme"
              : "must use http or https, not '" + shorten(scheme) + "'",
          upper ? Hosts.asciiLower(scheme) + url.substring(colon) : null);
    }
    int authorityStart = colon + 3;
    int authorityEnd = authorityEnd(url, authorityStart);
    String authority = url.substring(authorityStart, authorityEnd);
    if (authority.contains("@")) {
      return invalid(url, "must not contain user info ('user@')", null);
    }
    String host = authority;
    String port = null;
    int portColon =
        authority.startsWith("[") ? authority.indexOf("]:") + 1 : authority.lastIndexOf(':');
    if (portColon > 0) {
      host = authority.substring(0, portColon);
      port = authority.substring(portColon + 1);
    }
    String rest = url.substring(authorityEnd);
    if (host.isEmpty()) {
      return new WebUrl(url, scheme, host, null, port, rest, "has no host", null);
    }
    if (host.startsWith("[")) {
      return new WebUrl(
          url,
          scheme,
          host,
          null,
          port,
          rest,
          isIpv6Literal(host) ? portProblem(port) : "has an invalid IPv6 address",
          null);
    }
    if (isDigitsAndDots(host)) {
      return new WebUrl(
          url,
          scheme,
          host,
          null,
          port,
          rest,
          ipv4Problem(host) == null ? portProblem(port) : ipv4Problem(host),
          null);
    }
    Hosts.Name name = Hosts.of(host);
    if (name.problem() != null) {
      String fix =
          name.fix() == null
              ? null
              : scheme + "://" + name.fix() + (port == null ? "" : ":" + port) + rest;
      return new WebUrl(
          url, scheme, host, name, port, rest, "has a host that " + name.problem(), fix);
    }
    return new WebUrl(url, scheme, host, name, port, rest, portProblem(port), null);
  }

  /** The host in its normal form, A-labels, lower case; an IP literal as written. */
  String asciiHost() {
    return name == null ? host : name.ascii();
  }

  /**
   * Whether a char index lies in the URL's host, where {@link Hosts} reports invisible characters
   * with the host's normal form.
   */
  private static boolean isInHost(String url, int index) {
    int start = url.indexOf("://");
    return start >= 0 && index > start + 3 && index <= authorityEnd(url, start + 3);
  }

  private static int authorityEnd(String url, int start) {
    int end = start;
    while (end < url.length()) {
      char c = url.charAt(end);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      end++;
    }
    return end;
  }

  private static String withoutInvisible(String url) {
    StringBuilder out = new StringBuilder();
    url.codePoints().filter(c -> !Hosts.isInvisible(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static WebUrl invalid(String url, String problem, String fix) {
    return new WebUrl(url, null, null, null, null, null, problem, fix);
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

  /**
   * Four decimal parts from 0 to 255. A part with a leading zero is refused: browsers read {@code
   * 010} as octal 8, other programs as ten, so the URL names different hosts to each.
   */
  private static String ipv4Problem(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return "has an invalid IPv4 address";
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
        return "has an invalid IPv4 address";
      }
      if (part.length() > 1 && part.charAt(0) == '0') {
        return "has an IPv4 address with a leading zero, which browsers read as octal";
      }
    }
    return null;
  }

  /**
   * Guava's parser reads the address as text only, never looking anything up. Java's URI parser did
   * that job first, but it throws NumberFormatException on an embedded IPv4 part with a huge
   * number. Zone IDs ({@code %eth0}) are not allowed in a URL here, an IPv4 address in brackets is
   * not an IPv6 literal, and only ASCII digits count: Guava would also take full-width ones.
   */
  private static boolean isIpv6Literal(String host) {
    if (!host.endsWith("]")) {
      return false;
    }
    String address = host.substring(1, host.length() - 1);
    return address.indexOf(':') >= 0
        && address
            .chars()
            .allMatch(c -> c < 0x80 && (Character.digit(c, 16) >= 0 || c == ':' || c == '.'))
        && InetAddresses.isInetAddress(address);
  }

  private static String portProblem(String port) {
    if (port == null) {
      return null;
    }
    if (port.isEmpty() || port.length() > 5 || !Hosts.isDigits(port)) {
      return "has a port that is not a number from 1 to 65535";
    }
    int value = Integer.parseInt(port);
    return value >= 1 && value <= MAX_PORT
        ? null
        : "has a port that is not a number from 1 to 65535";
  }

  private static String shorten(String text) {
    return text.length() > 16 ? text.substring(0, 16) + "…" : text;
  }
}
