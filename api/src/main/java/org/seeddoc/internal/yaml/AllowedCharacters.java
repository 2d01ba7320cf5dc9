package org.seeddoc.internal.yaml;

import org.seeddoc.Rule;
import org.seeddoc.spi.ReadFailure;

/**
 * Refuses the characters YAML 1.2 allows only escaped that SnakeYAML lets through as they are: DEL
 * and the C1 controls other than NEL, raw in the front matter ({@code docs/format.md} §2). Escaped
 * in double quotes ({@code "\x7F"}) they are fine.
 */
final class AllowedCharacters {
  private AllowedCharacters() {}

  /**
   * Checks the text a reader is given.
   *
   * @param text front matter, or a YAML file of its own
   * @throws ReadFailure at the first such character, at its place in the file
   */
  static void require(FrontMatterText text) {
    String yaml = text.text();
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c >= 0x7F && c <= 0x9F && c != 0x85) {
        throw new ReadFailure(
            Rule.SYNTAX,
            text.positionOfChar(i),
            String.format(
                "character U+%04X is not allowed in YAML; write it as an escape inside double quotes",
                (int) c));
      }
    }
  }
}
