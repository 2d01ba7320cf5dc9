package org.seeddoc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;

/** What one read learns besides the document: its findings and where each field stands. */
final class FindingCollector {
  private final String source;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Position> positions = new HashMap<>();

  FindingCollector(String source) {
    this.source = source;
  }

  void position(String path, Position position) {
    positions.put(path, position);
  }

  /** Records a field's position unless it has one; returns the earlier position, or null. */
  Position positionIfAbsent(String path, Position position) {
    return positions.putIfAbsent(path, position);
  }

  Position positionOf(String path) {
    return positions.get(path);
  }

  void report(Rule rule, String path, Position at, String message) {
    report(rule, path, at, message, null);
  }

  void report(Rule rule, String path, Position at, String message, String fix) {
    findings.add(new Finding(rule.id(), rule.severity(), source, at.line(), at.column(), path, message, fix));
  }

  List<Finding> findings() {
    return findings;
  }

  Map<String, Position> positions() {
    return positions;
  }
}
