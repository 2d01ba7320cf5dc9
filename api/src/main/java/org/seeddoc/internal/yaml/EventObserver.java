package org.seeddoc.internal.yaml;

import java.util.List;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Sees every event an {@link EventReader} moves to, with the comments around it, in order; the
 * reader describes the event while it is told of it.
 */
public interface EventObserver {
  /**
   * One event.
   *
   * @param id the event's kind
   * @param before the comments between the previous event and this one, in order
   * @param within the comments inside the event's own text: a block scalar's header line ({@code |
   *     # note})
   */
  void onEvent(Event.ID id, List<FoundComment> before, List<FoundComment> within);
}
