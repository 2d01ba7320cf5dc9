package org.seeddoc;

import java.util.List;

/**
 * A document written with its comments: the text, and the comments it could not hold, so that none
 * is dropped without a word. Immutable and thread-safe.
 *
 * @param text the whole file
 * @param leftOut the comments not written, in source order: those of fields the document no longer
 *     has, and those with no place in the canonical layout ({@link Comment.Place#UNPLACED});
 *     unmodifiable
 */
public record CommentedText(String text, List<Comment> leftOut) {
  /**
   * Copies the list.
   *
   * @param text the whole file
   * @param leftOut the comments not written
   */
  public CommentedText {
    leftOut = List.copyOf(leftOut);
  }
}
