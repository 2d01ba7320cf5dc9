package org.seeddoc.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * seeddoc's registrable domains are the Public Suffix List's, as its own algorithm defines them.
 * {@code impl/src/test/public-suffix/test_psl.txt} is the list's test file (public domain; the copy
 * Debian's {@code publicsuffix} package ships as {@code examples/test_psl.txt}): each {@code
 * checkPublicSuffix(host, registrable)} gives a host and its registrable domain, or null where the
 * host is a public suffix or no name at all. Among them are hosts under a top-level domain the list
 * does not name, which its default rule {@code *} makes a public suffix.
 */
class PublicSuffixReferenceTest {
  private static final Pattern CHECK =
      Pattern.compile("^checkPublicSuffix\\((null|'[^']*'), (null|'[^']*')\\);$");

  @Test
  void registrableDomainsAreThoseOfThePublicSuffixListsOwnTests() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("impl/src/test/public-suffix/test_psl.txt"), StandardCharsets.UTF_8);
    List<String> disagreements = new ArrayList<>();
    int checks = 0;
    for (String line : lines) {
      Matcher check = CHECK.matcher(line);
      if (!check.matches()) {
        assertTrue(
            line.isBlank() || line.startsWith("//"),
            "a line the test does not understand: " + line);
        continue;
      }
      checks++;
      String host = text(check.group(1));
      String expected = text(check.group(2));
      String want = expected == null ? null : Hosts.of(expected).ascii();
      String got = registrable(host);
      if (!java.util.Objects.equals(want, got)) {
        disagreements.add(host + ": the list's tests say " + want + ", seeddoc " + got);
      }
    }
    assertTrue(checks >= 70, "the file's checks were read: " + checks);
    assertEquals(List.of(), disagreements, disagreements.size() + " disagreements");
  }

  /** What SD207 and SD211 make of a host: null for a public suffix or an invalid name. */
  private static String registrable(String host) {
    if (host == null) {
      return null;
    }
    Hosts.Name name = Hosts.of(host);
    if (name.problem() != null || RegistrableDomains.isPublicSuffix(name.ascii())) {
      return null;
    }
    return RegistrableDomains.of(name.ascii());
  }

  private static String text(String literal) {
    return literal.equals("null") ? null : literal.substring(1, literal.length() - 1);
  }
}
