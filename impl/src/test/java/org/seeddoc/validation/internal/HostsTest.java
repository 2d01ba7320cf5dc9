package org.seeddoc.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HostsTest {
  /** Letters, digits, hyphens and dots, with the cases that are near the fast path's edges. */
  private static final String ALPHABET = "abcxyzABCXYZ0189--...";

  @Test
  void theAsciiFastPathAgreesWithUts46OnLetterDigitHyphenNames() {
    SplittableRandom random = new SplittableRandom(46);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder host = new StringBuilder(random.nextInt(10) == 0 ? "xn--" : "");
      for (int n = 1 + random.nextInt(random.nextInt(20) == 0 ? 90 : 16); n > 0; n--) {
        host.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String name = host.toString();
      Hosts.Name fast = Hosts.of(name);
      Hosts.Name full = Hosts.viaUts46(name);
      assertEquals(
          full.problem() == null,
          fast.problem() == null,
          name + ": " + fast.problem() + " / " + full.problem());
      if (full.problem() == null) {
        assertEquals(full, fast, name);
      }
    }
  }

  @Test
  void longLabelsAndNamesLeaveTheFastPath() {
    String label63 = "a".repeat(63);
    assertEquals(null, Hosts.of(label63 + ".com").problem());
    assertEquals("has a label longer than 63 characters", Hosts.of(label63 + "a.com").problem());
    String name = (label63 + ".").repeat(3) + "a".repeat(60) + ".de";
    assertEquals("is longer than 253 characters", Hosts.of(name).problem());
  }

  @Test
  void aHostCheckedBeforeGetsTheSameAnswerAsAFreshCheck() {
    String[] hosts = {
      "bücher.de", "BÜCHER.de", "xn--bcher-kva.de", "ﬁnance.org", "example", "www.eurekalert.org"
    };
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 5_000; i++) {
        String host = i % 7 == 6 ? "host" + i + ".example.org" : hosts[i % hosts.length];
        assertEquals(Hosts.viaUts46(host), Hosts.of(host), host);
      }
    }
  }
}
