package org.seeddoc.internal.yaml;

import org.seeddoc.Position;

/**
 * A comment as the text shows it, before it is attached to a field.
 *
 * @param position where its {@code #} stands
 * @param text what follows the {@code #}, less one space after it and the white space at its end
 * @param ownLine whether only white space comes before it on its line
 * @param blankLineAfter whether the line after it is blank
 */
public record FoundComment(
    Position position, String text, boolean ownLine, boolean blankLineAfter) {}
