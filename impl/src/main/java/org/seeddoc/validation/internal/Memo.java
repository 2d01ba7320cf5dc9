package org.seeddoc.validation.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers already worked out, by question: a corpus names the same few hundred hosts in every
 * document. Emptied when full, so that a long run over made-up names cannot grow it without end.
 * Two threads asking the same new question may both work it out; the answers are equal.
 * Thread-safe.
 *
 * @param <V> the answer's type; never null
 */
final class Memo<V> {
  private final Map<String, V> answers = new ConcurrentHashMap<>();
  private final int size;
  private final Function<String, V> question;

  Memo(int size, Function<String, V> question) {
    this.size = size;
    this.question = question;
  }

  V get(String key) {
    V answer = answers.get(key);
    if (answer == null) {
      answer = question.apply(key);
      if (answers.size() >= size) {
        answers.clear();
      }
      answers.put(key, answer);
    }
    return answer;
  }
}
