package org.seeddoc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seeddoc.Rule;
import org.seeddoc.report.RuleDocs;
import org.seeddoc.spi.FindingText;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code seeddoc rule}: explains rules, as {@code ruff rule} does, from their sections of {@code
 * docs/rules.md}, which the jar carries; without an id, lists every rule with its level.
 */
final class RuleCommand implements Callable<Integer> {
  final CommandSpec spec =
      CommandSpecs.command(
              this,
              "rule",
              "Explains a rule: its section of docs/rules.md. Without an id, lists every rule.")
          .addPositional(
              PositionalParamSpec.builder()
                  .arity("0..*")
                  .paramLabel("ID")
                  .type(List.class)
                  .auxiliaryTypes(String.class)
                  .description("Rule ids, such as SD210.")
                  .build());

  @Override
  public Integer call() {
    List<String> ids = spec.positionalParameters().get(0).getValue();
    PrintWriter out = spec.commandLine().getOut();
    if (ids == null || ids.isEmpty()) {
      for (Rule rule : Rule.values()) {
        String level = rule.severity().label();
        out.println(
            rule.id() + "  " + level + " ".repeat(7 - level.length()) + "  " + rule.summary());
      }
      out.flush();
      return ExitCode.OK.code();
    }
    List<Rule> rules = new ArrayList<>();
    for (String id : ids) {
      rules.add(
          Rule.forId(id.strip())
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          spec.commandLine(),
                          "no rule has the id "
                              + FindingText.quoted(id, 40)
                              + "; 'seeddoc rule' lists them")));
    }
    RuleDocs docs = new RuleDocs();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      out.print(
          (i == 0 ? "" : "\n")
              + "# "
              + rule.id()
              + " — "
              + rule.summary()
              + " ("
              + rule.severity().label()
              + ")\n\n"
              + docs.help(rule)
              + "\n\n"
              + docs.link(rule)
              + "\n");
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
