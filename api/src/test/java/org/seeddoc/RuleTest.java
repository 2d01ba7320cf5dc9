package org.seeddoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleTest {
  @Test
  void everyRuleIsFoundByItsIdAndNoOtherIdFindsOne() {
    for (Rule rule : Rule.values()) {
      assertEquals(Optional.of(rule), Rule.forId(rule.id()));
    }
    assertTrue(Rule.forId("SD999").isEmpty());
    assertTrue(Rule.forId("sd201").isEmpty(), "ids are exact");
  }

  @Test
  void aFindingsSeverityIsItsRules() {
    Finding warning =
        new Finding(Rule.HTTP, "a.txt", 3, 1, "webUrl", "uses http", "https://x.org/");
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("a.txt:3:1: warning [SD205] uses http", warning.toString());
    assertTrue(new Finding(Rule.URL, "a.txt", 3, 1, "webUrl", "bad", null).isError());
  }

  @Test
  void aConfigurationCanGiveAFindingAnotherSeverity() {
    Finding warning =
        new Finding(Rule.HTTP, "a.txt", 3, 1, "webUrl", "uses http", "https://x.org/");
    Finding error = warning.withSeverity(Severity.ERROR);
    assertTrue(error.isError());
    assertEquals(Rule.HTTP, error.rule());
    assertEquals("a.txt:3:1: error [SD205] uses http", error.toString());
    assertEquals(warning, error.withSeverity(Severity.WARNING));
    assertTrue(warning == warning.withSeverity(Severity.WARNING), "no copy when nothing changes");
  }
}
