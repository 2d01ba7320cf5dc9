package org.seeddoc.internal.yaml;

import java.util.List;
import org.snakeyaml.engine.v2.events.Event;

/** Sees every event an {@link EventReader} gives out, with the comments around it, in order. */
public interface EventObserver {
  /**
   * One event.
   *
   * @param event the event
   * @param before the comments between the previous event and this one, in order
   * @param within the comments inside the event's own text: a block scalar's header line ({@code | # note})
   */
  void onEvent(Event event, List<FoundComment> before, List<FoundComment> within);
}
