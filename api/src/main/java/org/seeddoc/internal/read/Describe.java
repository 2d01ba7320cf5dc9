package org.seeddoc.internal.read;

import org.seeddoc.internal.yaml.CoreSchema;
import org.seeddoc.internal.yaml.EventReader;
import org.seeddoc.spi.FindingText;
import org.snakeyaml.engine.v2.events.Event;

/** Short, safe descriptions of values for messages. */
final class Describe {
  private static final int MAX_SHOWN = 40;

  private Describe() {}

  /**
   * What a value holds, as a message would name it: {@code "high"}, a mapping, nothing. Its first
   * event is the reader's current one.
   */
  static String found(EventReader events, Event.ID first) {
    if (first == Event.ID.Scalar) {
      return events.plain() && CoreSchema.isNull(events.value())
          ? "nothing (null)"
          : quoted(events.value());
    }
    return first == Event.ID.MappingStart ? "a mapping" : "a sequence";
  }

  /** The text in double quotes, escaped and cut short, so a message stays one readable line. */
  static String quoted(String text) {
    return FindingText.quoted(text, MAX_SHOWN);
  }
}
