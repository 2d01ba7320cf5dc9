package org.seeddoc.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldPathTest {
  @Test
  void pathsAreBuiltAsFindingsNameThem() {
    String path =
        FieldPath.child(
            FieldPath.item(FieldPath.child(FieldPath.item("related", 0), "images"), 2), "url");
    assertEquals("related[0].images[2].url", path);
    assertEquals("title", FieldPath.child("", "title"));
  }

  @Test
  void parentsWalkUpToTheDocument() {
    assertEquals("related[0].images[2]", FieldPath.parent("related[0].images[2].url"));
    assertEquals("related[0].images", FieldPath.parent("related[0].images[2]"));
    assertEquals("related", FieldPath.parent("related[0]"));
    assertEquals("", FieldPath.parent("related"));
  }

  @Test
  void stepsParseWhatChildAndItemBuild() {
    assertEquals(
        List.of("related", 0, "provider", "name"), FieldPath.steps("related[0].provider.name"));
    assertEquals(List.of("topics", 12), FieldPath.steps("topics[12]"));
    assertEquals(List.of(), FieldPath.steps(""));
    assertThrows(IllegalArgumentException.class, () -> FieldPath.steps("topics[1"));
    assertThrows(IllegalArgumentException.class, () -> FieldPath.steps("a..b"));
    assertEquals(Optional.of(List.of("topics", 12)), FieldPath.stepsIfPath("topics[12]"));
    assertEquals(Optional.empty(), FieldPath.stepsIfPath("topics[x"));
    assertEquals(Optional.empty(), FieldPath.stepsIfPath("topics[x]"));
  }

  @Test
  void sharedPathsReadAsBuiltOnesWhateverTheKeys() {
    for (String key : List.of("title", "a[b", "a[", "x]", "[1]", "related[7]", "ü[12]")) {
      for (int round = 0; round < 3; round++) {
        for (int i : new int[] {0, 5, 31, 32, 99, 100, 500}) {
          String item = FieldPath.item(key, i);
          assertEquals(key + "[" + i + "]", item);
          assertEquals(key + "[" + i + "].url", FieldPath.child(FieldPath.child("", item), "url"));
          assertEquals(
              key + "[" + i + "].images[3].url",
              FieldPath.child(FieldPath.item(FieldPath.child(item, "images"), 3), "url"));
        }
      }
    }
  }

  @Test
  void pathsOfTheFirstItemsAreSharedAndThoseOfLaterOnesAreNot() {
    assertSame(
        FieldPath.child(FieldPath.item("related", 3), "title"),
        FieldPath.child(FieldPath.item("related", 3), "title"));
    assertNotSame(
        FieldPath.child(FieldPath.item("related", 500), "title"),
        FieldPath.child(FieldPath.item("related", 500), "title"));
    assertNotSame(
        FieldPath.item("related[500].images", 2), FieldPath.item("related[500].images", 2));
  }
}
