package org.seeddoc.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * seeddoc's IPv6 literals are the WHATWG URL Standard's. {@code impl/src/test/whatwg-url/ipv6.tsv}
 * holds, for 3,000 generated bracketed hosts, whether Node's built-in {@code URL}, an
 * implementation of that standard, accepts {@code https://[host]/x} ({@code reference.js} beside it
 * writes the file; {@code .ci/url-reference} runs it again and fails when the copy here is stale).
 * seeddoc must accept exactly the same ones, and refuse the others as an invalid IPv6 address,
 * never with an exception.
 */
class Ipv6ReferenceTest {
  @Test
  void acceptsExactlyTheIpv6LiteralsTheUrlStandardAccepts() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("impl/src/test/whatwg-url/ipv6.tsv"), StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 3000, "at least 3,000 hosts, found " + lines.size());
    List<String> disagreements = new ArrayList<>();
    int valid = 0;
    for (String line : lines) {
      String[] columns = line.split("\t", 2);
      boolean reference = columns[1].equals("valid");
      valid += reference ? 1 : 0;
      String problem = WebUrl.parse("https://" + columns[0] + "/x").problem();
      String expected = reference ? null : "has an invalid IPv6 address";
      if (!java.util.Objects.equals(problem, expected)) {
        disagreements.add(
            columns[0]
                + ": reference "
                + columns[1]
                + ", seeddoc "
                + (problem == null ? "valid" : problem));
      }
    }
    assertEquals(List.of(), disagreements, disagreements.size() + " disagreements");
    assertTrue(
        valid >= 500 && lines.size() - valid >= 500,
        "both kinds are well represented: " + valid + " valid");
  }
}
