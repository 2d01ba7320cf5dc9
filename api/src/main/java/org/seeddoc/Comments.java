package org.seeddoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seeddoc.internal.write.CanonicalWriter;

/**
 * The comments of one front matter, each attached to its field, in the order they stand in the
 * source: a side table of a {@link ParseResult}, not part of the model, so that a document stays a
 * value and its comments follow it when it is written with {@link SeedWriter#write(ParseResult)} or
 * {@link SeedWriter#write(SeedDocument, Comments)}. Immutable and thread-safe.
 */
public final class Comments {
  private static final Comments NONE = new Comments(List.of());

  private final List<Comment> all;

  private Comments(List<Comment> all) {
    this.all = all;
  }

  /**
   * No comments.
   *
   * @return the empty table
   */
  public static Comments none() {
    return NONE;
  }

  /**
   * A table of comments, in the order they are to be written in where two share a place.
   *
   * @param comments the comments
   * @return the table
   */
  public static Comments of(List<Comment> comments) {
    return comments.isEmpty() ? NONE : new Comments(List.copyOf(comments));
  }

  /**
   * Every comment, in source order.
   *
   * @return the comments; unmodifiable
   */
  public List<Comment> all() {
    return all;
  }

  /**
   * Whether there is no comment.
   *
   * @return true for no comment
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * The comments at one place of one field, in order.
   *
   * @param place the place
   * @param field the field path
   * @return the comments; unmodifiable
   */
  public List<Comment> at(Comment.Place place, String field) {
    List<Comment> found = new ArrayList<>(0);
    for (Comment comment : all) {
      if (comment.place() == place && comment.field().equals(field)) {
        found.add(comment);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The comments that formatting cannot keep, because the canonical layout has no place for them.
   *
   * @return the {@link Comment.Place#UNPLACED} comments, in order; unmodifiable
   */
  public List<Comment> unplaced() {
    return all.stream().filter(comment -> comment.place() == Comment.Place.UNPLACED).toList();
  }

  /**
   * The comments of fields a document does not have: those writing it with these comments would
   * leave out, with the unplaced ones.
   *
   * @param document a document, such as one edited through {@code toBuilder()}
   * @return the comments, in order; unmodifiable
   * @throws IllegalArgumentException when the document cannot be written at all, as {@link
   *     SeedWriter#write(SeedDocument)} says
   */
  public List<Comment> notPlacedIn(SeedDocument document) {
    // The writer decides where each comment goes, so it alone can say which ones have no place.
    return isEmpty() ? List.of() : CanonicalWriter.write(document, this).leftOut();
  }

  /**
   * The same comments with a field's path, and the paths below it, renamed: for a key renamed into
   * place, as the fix of an unknown key does.
   *
   * @param from the field path, such as {@code related[0].tpye}
   * @param to its new path, such as {@code related[0].type}
   * @return the renamed table
   */
  public Comments withFieldRenamed(String from, String to) {
    List<Comment> renamed = new ArrayList<>(all.size());
    for (Comment comment : all) {
      String field = comment.field();
      boolean below =
          field.startsWith(from)
              && field.length() > from.length()
              && (field.charAt(from.length()) == '.' || field.charAt(from.length()) == '[');
      renamed.add(
          field.equals(from) || below
              ? new Comment(
                  comment.place(),
                  to + field.substring(from.length()),
                  comment.text(),
                  comment.position())
              : comment);
    }
    return of(renamed);
  }

  /**
   * Where the first comment stands.
   *
   * @return its position, or empty when there is none or it was made in code
   */
  public Optional<Position> first() {
    return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0).position());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Comments that && all.equals(that.all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  @Override
  public String toString() {
    return "Comments" + all;
  }
}
