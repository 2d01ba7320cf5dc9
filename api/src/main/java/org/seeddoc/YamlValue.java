package org.seeddoc;

import java.util.List;
import java.util.Objects;
import org.seeddoc.internal.yaml.YamlText;

/**
 * A YAML value kept as it was written, for fields the model does not know.
 *
 * <p>seeddoc keeps unknown fields so that formatting a file never loses what its author wrote. A
 * scalar remembers whether it was plain, because a plain {@code 0x1F} is a number to a YAML reader
 * while a quoted one is text; the writer keeps plain scalars plain and double-quotes the others.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface YamlValue {

  /**
   * A scalar. {@code plain} is true only when the text can be written as a plain scalar at all: a
   * text with a line break, white space at an end, {@code ": "} or {@code " #"}, an indicator at
   * its start or a control character is never plain, whatever the constructor was given. (A plain
   * scalar folded over a blank line holds a line break; it is read as text all the same.)
   *
   * @param text the scalar's value, after YAML's escapes and line folding
   * @param plain whether it was written, and will be written, without quotes
   */
  record Scalar(String text, boolean plain) implements YamlValue {
    /**
     * Creates the record, checking its components as the type's description says.
     *
     * @param text the scalar's value, after YAML's escapes and line folding
     * @param plain whether it was written without quotes or block indicators
     */
    public Scalar {
      Objects.requireNonNull(text, "text");
      plain = plain && YamlText.canBePlain(text);
    }
  }

  /**
   * A sequence.
   *
   * @param items the items, in order; unmodifiable
   */
  record Sequence(List<YamlValue> items) implements YamlValue {
    /**
     * Creates the record, checking its components as the type's description says.
     *
     * @param items the items, in order; unmodifiable
     */
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A mapping with text keys.
   *
   * @param entries the entries, in the order they were written; unmodifiable
   */
  record Mapping(List<UnknownField> entries) implements YamlValue {
    /**
     * Creates the record, checking its components as the type's description says.
     *
     * @param entries the entries, in the order they were written; unmodifiable
     */
    public Mapping {
      entries = List.copyOf(entries);
    }
  }
}
