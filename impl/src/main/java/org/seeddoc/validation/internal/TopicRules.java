package org.seeddoc.validation.internal;

import static org.seeddoc.spi.SeedSchema.TOPICS;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seeddoc.Rule;
import org.seeddoc.spi.FieldPath;

/** An article's topics: not blank, tokens, each listed once (SD201, SD206, SD213). */
final class TopicRules implements Rules.OnArticle {
  @Override
  public Set<Rule> reports() {
    return Set.of(Rule.BLANK, Rule.TOKEN, Rule.DUPLICATE_TOPIC);
  }

  /** Each topic is one pass of cheap tests; its path is made only when it has a finding. */
  @Override
  public void check(Article a, Reporter out) {
    List<String> topics = a.topics();
    String list = a.field(TOPICS);
    Set<String> seen = new HashSet<>(topics.size() * 2);
    for (int i = 0; i < topics.size(); i++) {
      String topic = topics.get(i);
      boolean blank = topic.isBlank();
      boolean control = TokenRules.hasLineBreakOrControl(topic);
      boolean duplicate = !seen.add(topic);
      if (blank || control || duplicate) {
        String path = FieldPath.item(list, i);
        if (blank) {
          out.report(Rule.BLANK, path, "'" + path + "' must not be blank", null);
        }
        if (control) {
          TokenRules.token(out, path, topic);
        }
        if (duplicate) {
          out.report(
              Rule.DUPLICATE_TOPIC,
              path,
              "topic " + Reporter.quoted(topic) + " is listed twice",
              null);
        }
      }
    }
  }
}
