package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixesTest {
  private static final SeedReader READER = SeedReader.create();
  private static final String SEED = Seeds.text("004_04cd3372321c0f9e.txt");

  private static Finding finding(Rule rule, String field, String fix) {
    return new Finding(rule, "t", 1, 1, field, "m", fix);
  }

  @Test
  void aFixIsTheNewValueOfItsFieldAtAnyDepthAndTheRestIsKept() {
    SeedDocument document =
        READER.read(
            SEED.replace("webUrl: \"https://www.benzinga.com", "webUrl: \"http://www.benzinga.com"),
            "t");
    SeedDocument fixed =
        Fixes.apply(
            document,
            List.of(
                finding(Rule.TITLE_SPACE, "title", "A title"),
                finding(Rule.HTTP, "related[0].webUrl", "https://www.benzinga.com/x"),
                finding(Rule.WRONG_TYPE, "quality", "17"),
                finding(Rule.RANGE, "heat", null)));
    assertEquals("A title", fixed.title());
    assertEquals("https://www.benzinga.com/x", fixed.related().get(0).webUrl());
    assertEquals(17, fixed.quality());
    assertEquals(document.heat(), fixed.heat(), "a finding without a fix changes nothing");
    assertEquals(document.body(), fixed.body());
    assertEquals(document.related().get(0).provider(), fixed.related().get(0).provider());
  }

  @Test
  void anUnknownKeyIsRenamedToTheKnownKeyItWasMeantToBe() {
    SeedDocument document =
        READER
            .parse(SEED.replace("type: article\nquality", "tpye: article\nquality"), "t")
            .document()
            .orElseThrow();
    SeedDocument fixed = Fixes.apply(document, List.of(finding(Rule.UNKNOWN_KEY, "tpye", "type")));
    assertEquals("article", fixed.type());
    assertEquals(List.of(), fixed.unknownFields());
  }

  @Test
  void aFixThatNoLongerFitsIsLeftOut() {
    SeedDocument document = READER.read(SEED, "t");
    assertSame(
        document,
        Fixes.apply(
            document,
            List.of(
                finding(Rule.URL, "related[7].webUrl", "https://x.org/"),
                finding(Rule.WRONG_TYPE, "quality", "many"),
                finding(Rule.UNKNOWN_KEY, "nokey", "title"))));
  }
}
