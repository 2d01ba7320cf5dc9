package org.seeddoc.internal.read;

import org.seeddoc.internal.yaml.CoreSchema;
import org.seeddoc.internal.finding.FindingText;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/** Short, safe descriptions of values for messages. */
final class Describe {
  private static final int MAX_SHOWN = 40;

  private Describe() {}

  /** What a value event holds, as a message would name it: {@code "high"}, a mapping, nothing. */
  static String found(Event event) {
    if (event instanceof ScalarEvent scalar) {
      return scalar.isPlain() && CoreSchema.isNull(scalar.getValue())
          ? "nothing (null)"
          : quoted(scalar.getValue());
    }
    return event.getEventId() == Event.ID.MappingStart ? "a mapping" : "a sequence";
  }

  /** The text in double quotes, escaped and cut short, so a message stays one readable line. */
  static String quoted(String text) {
    return FindingText.quoted(text, MAX_SHOWN);
  }
}
