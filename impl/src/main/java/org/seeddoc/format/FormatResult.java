package org.seeddoc.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.seeddoc.Comment;
import org.seeddoc.Finding;

/**
 * What formatting or fixing one file gave: whether its text changes, the new text, and the findings
 * that say why it was refused or what is left for a person. A refused file is to be left exactly as
 * it was. Immutable and thread-safe.
 */
public final class FormatResult {
  /** What became of the file. */
  public enum Status {
    /** The file is already what formatting or fixing would write. */
    UNCHANGED,
    /** The file's new content is {@link #bytes()}; written, for the methods that take a path. */
    CHANGED,
    /** The file is left as it is, for the reasons {@link #findings()} gives. */
    REFUSED
  }

  private final Status status;
  private final byte[] content;
  private final List<Finding> findings;
  private final List<Finding> fixed;
  private final List<Comment> dropped;

  FormatResult(
      Status status,
      byte[] content,
      List<Finding> findings,
      List<Finding> fixed,
      List<Comment> dropped) {
    this.status = Objects.requireNonNull(status, "status");
    this.content = content;
    this.findings = List.copyOf(findings);
    this.fixed = List.copyOf(fixed);
    this.dropped = List.copyOf(dropped);
  }

  static FormatResult refused(List<Finding> why) {
    return new FormatResult(Status.REFUSED, null, why, List.of(), List.of());
  }

  /**
   * What became of the file.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Whether the file gets new content.
   *
   * @return true when {@link #status()} is {@link Status#CHANGED}
   */
  public boolean isChanged() {
    return status == Status.CHANGED;
  }

  /**
   * The file's new content, when it changes.
   *
   * @return a copy of the bytes, UTF-8
   * @throws IllegalStateException unless the status is {@link Status#CHANGED}
   */
  public byte[] bytes() {
    return changed().clone();
  }

  /**
   * The file's new content as text, when it changes.
   *
   * @return the whole file
   * @throws IllegalStateException unless the status is {@link Status#CHANGED}
   */
  public String text() {
    return new String(changed(), StandardCharsets.UTF_8);
  }

  private byte[] changed() {
    if (content == null) {
      throw new IllegalStateException(
          "the file is "
              + status.name().toLowerCase(java.util.Locale.ROOT)
              + ": it has no new content");
    }
    return content;
  }

  /**
   * Why the file was refused; after a fix, every finding left for a person, warnings too; empty
   * otherwise.
   *
   * @return the findings, sorted by position; unmodifiable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings whose fixes were applied, in the order they were, over every round; empty for
   * formatting.
   *
   * @return the findings; unmodifiable
   */
  public List<Finding> fixed() {
    return fixed;
  }

  /**
   * The comments the new content does not hold, when the formatter or fixer was asked to drop them;
   * never dropped otherwise (the file is refused with an SD011 finding for each).
   *
   * @return the comments, in source order; unmodifiable
   */
  public List<Comment> droppedComments() {
    return dropped;
  }

  @Override
  public String toString() {
    return "FormatResult["
        + status
        + ", "
        + findings.size()
        + " findings, "
        + fixed.size()
        + " fixed, "
        + dropped.size()
        + " comments dropped]";
  }
}
