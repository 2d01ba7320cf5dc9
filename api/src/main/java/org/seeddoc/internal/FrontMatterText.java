package org.seeddoc.internal;

import java.util.Optional;
import org.seeddoc.Position;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The front matter's text, and the translation of SnakeYAML's marks, which count from the front
 * matter and from 0, into file positions, which count from the file and from 1.
 */
final class FrontMatterText {
  private final String text;

  FrontMatterText(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  static Position position(Mark mark) {
    return new Position(mark.getLine() + Envelope.FRONT_MATTER_LINE, mark.getColumn() + 1);
  }

  static Position position(Optional<Mark> mark) {
    return mark.map(FrontMatterText::position).orElse(new Position(Envelope.FRONT_MATTER_LINE, 1));
  }

  /** The file position of a code point index into the front matter. */
  Position positionOfCodePoint(int codePointIndex) {
    return TextPositions.ofCodePoint(text, codePointIndex, Envelope.FRONT_MATTER_LINE);
  }

  /** The file position of a char index into the front matter. */
  Position positionOfChar(int charIndex) {
    return TextPositions.ofChar(text, charIndex, Envelope.FRONT_MATTER_LINE);
  }
}
