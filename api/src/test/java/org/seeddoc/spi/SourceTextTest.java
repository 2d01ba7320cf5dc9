package org.seeddoc.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.seeddoc.Position;

class SourceTextTest {
  private static final String TEXT = "---\na😀b: x\n\tc\n";

  @Test
  void charsCodePointsAndBytesGiveTheSamePositionWithColumnsInCodePoints() {
    SourceText source = SourceText.of(TEXT);
    int b = TEXT.indexOf('b');
    assertEquals(new Position(2, 3), source.positionOfChar(b));
    assertEquals(new Position(2, 3), source.positionOfCodePoint(TEXT.codePointCount(0, b)));
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(
        new Position(2, 3),
        SourceText.positionOfByte(
            bytes, TEXT.substring(0, b).getBytes(StandardCharsets.UTF_8).length));
    assertEquals(new Position(3, 2), source.positionOfChar(TEXT.indexOf('c')));
  }

  @Test
  void aPartOfAFileCountsLinesFromWhereItStarts() {
    assertEquals(new Position(4, 2), SourceText.of("x\nyz", 3).positionOfChar(3));
  }

  @Test
  void theSnippetPutsTheCaretUnderTheColumnCountingEmojiOnceAndTabsAsOneSpace() {
    SourceText source = SourceText.of(TEXT);
    assertEquals("    a😀b: x\n      ^", source.snippet(2, 3));
    assertEquals("     c\n     ^", source.snippet(3, 2));
    assertEquals("", source.snippet(9, 1));
  }
}
