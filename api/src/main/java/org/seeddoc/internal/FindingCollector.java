package org.seeddoc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Severity;

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

  Position positionOf(String path) {
    return positions.get(path);
  }

  void error(String rule, String path, Position at, String message) {
    add(rule, Severity.ERROR, path, at, message, null);
  }

  void warning(String rule, String path, Position at, String message, String fix) {
    add(rule, Severity.WARNING, path, at, message, fix);
  }

  void add(String rule, Severity severity, String path, Position at, String message, String fix) {
    findings.add(new Finding(rule, severity, source, at.line(), at.column(), path, message, fix));
  }

  List<Finding> findings() {
    return findings;
  }

  Map<String, Position> positions() {
    return positions;
  }
}
