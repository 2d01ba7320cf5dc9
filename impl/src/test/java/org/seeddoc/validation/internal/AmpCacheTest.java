package org.seeddoc.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    String host =
        "itwasadarkandstormynight.therainfellintorrents.exceptatoccasionalintervalswhenitwascheckedby.aviolentgustofwindwhichsweptupthestreets.com";
    assertEquals("dgz4cnrxufaulnwku4ow5biptyqnenjievjht56hd7wqinbdbteq", AmpCache.subdomain(host));
  }

  /** As the AMP Project's library does: AmpCacheReferenceTest compares thousands more with it. */
  @Test
  void cacheUrlsKeepPathQueryAndFragment() {
    assertEquals(
        "https://example-com.cdn.ampproject.org/c/s/example.com/a/b?x=1#frag",
        AmpCache.url(WebUrl.parse("https://example.com/a/b?x=1#frag")));
    assertEquals(
        "https://example-com.cdn.ampproject.org/c/example.com/a",
        AmpCache.url(WebUrl.parse("http://example.com/a")));
  }
}
