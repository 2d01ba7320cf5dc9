package org.seeddoc.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmpCacheTest {
  /** The examples of the AMP Cache URL format documentation. */
  @ParameterizedTest
  @CsvSource({
    "example.com, example-com",
    "foo.example.com, foo-example-com",
    "foo-example.com, foo--example-com",
    "xn--57hw060o.com, xn---com-p33b41770a",
    "⚡😊.com, xn---com-p33b41770a",
    "en-us.example.com, 0-en--us-example-com-0",
    "WWW.Benzinga.com, www-benzinga-com",
  })
  void subdomains(String host, String subdomain) {
    assertEquals(subdomain, AmpCache.subdomain(host));
  }

  @Test
  void aSubdomainOver63CharactersIsTheHashOfTheHost() {
    String host = "itwasadarkandstormynight.therainfellintorrents.exceptatoccasionalintervalswhenitwascheckedby.aviolentgustofwindwhichsweptupthestreets.com";
    assertEquals("dgz4cnrxufaulnwku4ow5biptyqnenjievjht56hd7wqinbdbteq", AmpCache.subdomain(host));
  }

  @Test
  void cacheUrlsKeepPathAndQueryAndDropTheFragment() {
    assertEquals("https://example-com.cdn.ampproject.org/c/s/example.com/a/b?x=1",
        AmpCache.url(WebUrl.parse("https://example.com/a/b?x=1#frag")));
    assertEquals("https://example-com.cdn.ampproject.org/c/example.com/a",
        AmpCache.url(WebUrl.parse("http://example.com/a")));
  }

  /** Sample strings of RFC 3492, section 7.1. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "他们为什么不说中文|ihqwcrb4cv8a8dqg056pqjye",
    "3年B組金八先生|3B-ww4c5e180e575a65lsy2b",
    "安室奈美恵-with-SUPER-MONKEYS|-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n",
    "MajiでKoiする5秒前|MajiKoi5-783gue6qz075azm5e",
    "そのスピードで|d9juau41awczczp",
    "-> $1.00 <-|-> $1.00 <--",
  })
  void punycodeSamplesOfRfc3492(String unicode, String encoded) {
    assertEquals(encoded, Punycode.encode(unicode));
    assertEquals(unicode, Punycode.decode(encoded));
  }

  @Test
  void invalidPunycodeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Punycode.decode("99999999999"));
    assertThrows(IllegalArgumentException.class, () -> Punycode.decode("a-é"));
    assertThrows(IllegalArgumentException.class, () -> Punycode.decode("a-!"));
  }
}
