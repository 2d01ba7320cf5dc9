package org.seeddoc.internal.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.seeddoc.Comment;
import org.seeddoc.Comments;
import org.seeddoc.internal.yaml.EventObserver;
import org.seeddoc.internal.yaml.EventReader;
import org.seeddoc.internal.yaml.FoundComment;
import org.seeddoc.spi.FieldPath;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Attaches each comment to its field, following the event stream's structure on its own so that it
 * sees every event, those the reader skips included. The rules, which {@code docs/format.md}
 * states: a comment at the end of a line belongs to what ends there (a key, a scalar, a flow
 * collection); comments on lines of their own belong to the next key or list item (leading), unless
 * they come before the first key and a blank line follows them (the header), or come after a
 * mapping's or list's last entry, indented past the column of its key or dash (closing); a comment
 * inside a flow collection has no place in the canonical layout.
 */
final class CommentAttacher implements EventObserver {
  /** A mapping or sequence being read. */
  private static final class Frame {
    final boolean mapping;
    final boolean flow;
    final String path;

    /**
     * The column a closing comment must be past: that of the key or dash that holds the collection.
     */
    final int column;

    /** For a block sequence, the column of its dashes. */
    int dashColumn;

    boolean expectingKey = true;
    String key;
    int keyColumn;
    int items;

    Frame(boolean mapping, boolean flow, String path, int column) {
      this.mapping = mapping;
      this.flow = flow;
      this.path = path;
      this.column = column;
    }
  }

  /** What an event is to a comment at the end of its line. */
  private enum Role {
    NONE,
    KEY,
    SCALAR,
    START,
    END
  }

  private final Deque<Frame> frames = new ArrayDeque<>();
  private final List<Comment> attached = new ArrayList<>();
  private final List<FoundComment> pending = new ArrayList<>();
  private EventReader events;

  /** The line the last event ended on: a comment there, after it, is its trailing comment. */
  private int lastLine;

  private Role lastRole = Role.NONE;
  private String lastPath = "";
  private boolean seenRootKey;

  /** Sets the reader whose events these are, for their positions, once it exists. */
  void events(EventReader events) {
    this.events = events;
  }

  /** The comments attached so far, in source order; any still waiting close the front matter. */
  Comments comments() {
    List<Comment> all = new ArrayList<>(attached);
    pending.forEach(found -> all.add(comment(Comment.Place.CLOSING, "", found)));
    all.sort((a, b) -> a.position().compareTo(b.position()));
    return Comments.of(all);
  }

  @Override
  public void onEvent(Event.ID id, List<FoundComment> before, List<FoundComment> within) {
    Frame top = frames.peek();
    for (FoundComment found : before) {
      if (top != null && top.flow) {
        attached.add(comment(Comment.Place.UNPLACED, top.path, found));
      } else if (!found.ownLine()
          && found.position().line() == lastLine
          && (lastRole == Role.KEY || lastRole == Role.SCALAR || lastRole == Role.END)) {
        attached.add(comment(Comment.Place.TRAILING, lastPath, found));
      } else {
        pending.add(found);
      }
    }
    switch (id) {
      case Scalar -> scalar(within);
      case MappingStart, SequenceStart -> start(id == Event.ID.MappingStart);
      case MappingEnd, SequenceEnd -> end();
      default -> lastRole = Role.NONE;
    }
    lastLine = events.endPosition().line();
  }

  private void scalar(List<FoundComment> within) {
    Frame frame = frames.peek();
    if (frame == null) {
      lastRole = Role.SCALAR;
      return;
    }
    if (frame.mapping && frame.expectingKey) {
      frame.key = FieldPath.child(frame.path, events.value());
      frame.keyColumn = events.position().column();
      frame.expectingKey = false;
      leading(frame.key, frames.size() == 1 && !seenRootKey);
      seenRootKey |= frames.size() == 1;
      lastRole = Role.KEY;
      lastPath = frame.key;
      return;
    }
    String path = valuePath(frame);
    leading(path, false);
    Comment.Place place = frame.flow ? Comment.Place.UNPLACED : Comment.Place.TRAILING;
    within.forEach(found -> attached.add(comment(place, path, found)));
    lastRole = Role.SCALAR;
    lastPath = path;
  }

  private void start(boolean mapping) {
    Frame parent = frames.peek();
    boolean flow = events.flow() || (parent != null && parent.flow);
    Frame frame;
    if (parent == null) {
      frame = new Frame(mapping, flow, "", 0);
    } else {
      String path = valuePath(parent);
      if (!parent.mapping || flow) {
        // An item, or a flow value on the key's line; a key's block value leaves the comments
        // before
        // its first entry to that entry.
        leading(path, false);
      }
      frame = new Frame(mapping, flow, path, parent.mapping ? parent.keyColumn : parent.dashColumn);
    }
    frame.dashColumn = events.position().column();
    frames.push(frame);
    lastRole = Role.START;
    lastPath = frame.path;
  }

  private void end() {
    Frame frame = frames.pop();
    while (!pending.isEmpty() && pending.get(0).position().column() > frame.column) {
      attached.add(comment(Comment.Place.CLOSING, frame.path, pending.remove(0)));
    }
    lastRole = Role.END;
    lastPath = frame.path;
  }

  /**
   * The path of the value an event of a frame gives: its current key's value, or its next item. A
   * collection as a key (refused, but read past) stands for its mapping, and so does its value.
   */
  private static String valuePath(Frame frame) {
    if (frame.mapping) {
      boolean complexKey = frame.expectingKey;
      frame.expectingKey = !complexKey;
      if (complexKey) {
        frame.key = frame.path;
      }
      return frame.key;
    }
    return FieldPath.item(frame.path, frame.items++);
  }

  /**
   * Attaches the comments waiting on their own lines to the key or item that comes next; before the
   * first key, those up to the last one a blank line follows are the header.
   */
  private void leading(String path, boolean firstRootKey) {
    if (pending.isEmpty()) {
      return;
    }
    int header = -1;
    for (int i = 0; firstRootKey && i < pending.size(); i++) {
      if (pending.get(i).blankLineAfter()) {
        header = i;
      }
    }
    for (int i = 0; i < pending.size(); i++) {
      boolean inHeader = i <= header;
      attached.add(
          comment(
              inHeader ? Comment.Place.HEADER : Comment.Place.LEADING,
              inHeader ? "" : path,
              pending.get(i)));
    }
    pending.clear();
  }

  private static Comment comment(Comment.Place place, String field, FoundComment found) {
    return new Comment(place, field, found.text(), found.position());
  }
}
