package org.seeddoc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.Rule;
import org.seeddoc.SeedReader;
import org.seeddoc.config.RuleLevel;
import org.seeddoc.config.SeedConfig;

/**
 * In Java, a validator built with a configuration gives what check gives with that .seeddoc.yaml.
 */
class ConfiguredValidatorTest {
  private static ParseResult read(String source) throws Exception {
    String seed =
        Files.readString(
            Path.of(System.getProperty("seeddoc.seeds"), "004_04cd3372321c0f9e.txt"),
            StandardCharsets.UTF_8);
    return SeedReader.create()
        .parse(seed.replace("originalUrl: \"https://", "originalUrl: \"http://"), source);
  }

  private static List<String> found(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id() + " " + f.severity().label()).toList();
  }

  @Test
  void levelsAndOverridesApplyByTheFindingsSource() throws Exception {
    SeedValidator plain = SeedValidator.create();
    SeedValidator configured =
        SeedValidator.builder()
            .config(
                SeedConfig.builder()
                    .root(Path.of("/repo"))
                    .rule(Rule.HTTP, RuleLevel.ERROR)
                    .override(List.of("archive/"), Map.of(Rule.HTTP, RuleLevel.OFF))
                    .build())
            .build();
    assertEquals(List.of("SD205 warning"), found(plain.validate(read("/repo/seeds/a.txt"))));
    assertEquals(List.of("SD205 error"), found(configured.validate(read("/repo/seeds/a.txt"))));
    assertEquals(List.of(), found(configured.validate(read("/repo/archive/a.txt"))));
    ParseResult built = read("/repo/seeds/a.txt");
    assertEquals(
        List.of("SD205 error"),
        found(configured.validate(built.document().orElseThrow(), "/repo/seeds/a.txt")));
    assertEquals(SeedConfig.defaults(), plain.config());
  }
}
