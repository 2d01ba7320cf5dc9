package org.seeddoc.internal.yaml;

import org.seeddoc.Rule;
import org.seeddoc.internal.source.Envelope;
import org.seeddoc.internal.source.ReadFailure;
import org.seeddoc.internal.source.SourceText;

/**
 * Refuses the characters YAML 1.2 allows only escaped that SnakeYAML lets through as they are: DEL
 * and the C1 controls other than NEL, raw in the front matter ({@code docs/format.md} §2). Escaped
 * in double quotes ({@code "\x7F"}) they are fine.
 */
public final class AllowedCharacters {
  private AllowedCharacters() {}

  /**
   * Checks front matter.
   *
   * @param frontMatter the text between the two marker lines
   * @throws ReadFailure at the first such character
   */
  public static void require(String frontMatter) {
    for (int i = 0; i < frontMatter.length(); i++) {
      char c = frontMatter.charAt(i);
      if (c >= 0x7F && c <= 0x9F && c != 0x85) {
        throw new ReadFailure(Rule.SYNTAX, SourceText.of(frontMatter, Envelope.FRONT_MATTER_LINE).positionOfChar(i),
            String.format("character U+%04X is not allowed in YAML; write it as an escape inside double quotes", (int) c));
      }
    }
  }
}
