package org.seeddoc.testkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.seeddoc.testkit.SameEvents;

/**
 * The reader's fast path against SnakeYAML on any text: it gives up, or it makes SnakeYAML's events
 * with SnakeYAML's values, styles and marks. The corpus starts from the seeds' front matter.
 */
class CanonicalEventsFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void sameEventsAsSnakeYaml(byte[] input) {
    SameEvents.asSnakeYaml(new String(input, StandardCharsets.UTF_8));
  }
}
