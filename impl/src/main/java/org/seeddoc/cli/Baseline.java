package org.seeddoc.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.seeddoc.Finding;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.report.FindingKeys;
import org.seeddoc.spi.FindingText;

/**
 * A record of findings that {@code check} is not to report again, so that a repository can adopt
 * seeddoc and see only new problems. Findings are keyed by {@link FindingKeys}: file (from the
 * project's root, so any form of its path and any working folder match), rule, field path and the
 * field's value, so formatting does not make them new. The file is text, one finding a line: the
 * key, then the rule, field and file for people to read, tab-separated; lines starting with {@code
 * #} are comments.
 */
final class Baseline {
  private static final String HEADER =
      "# seeddoc baseline, version 2: findings 'seeddoc check --baseline' does not report. One a line:"
          + " key, rule, field, file (from the project's root).\n";

  /** How version 1 began: its keys held the path as typed, so they cannot be matched now. */
  private static final String VERSION_1 = "# seeddoc baseline, version 1:";

  /** Room for about 400,000 findings. */
  static final long MAX_BYTES = 64L << 20;

  static final int MAX_LINE = 65_536;
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

  private final Set<String> keys;

  private Baseline(Set<String> keys) {
    this.keys = keys;
  }

  /**
   * Reads a baseline, bounded: a file over {@value #MAX_BYTES} bytes, a line over {@value
   * #MAX_LINE} characters, bytes that are not UTF-8 or a line that is no entry is refused with a
   * message that says which, so that a wrong file (or {@code /dev/zero}) is a usage error, not an
   * {@code OutOfMemoryError} or a silent empty baseline.
   */
  static Baseline read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder");
    }
    Set<String> keys = new HashSet<>();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in =
        new BufferedReader(
            new InputStreamReader(new BoundedInput(Files.newInputStream(file)), utf8))) {
      StringBuilder line = new StringBuilder();
      int number = 1;
      for (int c = in.read(); ; c = in.read()) {
        if (c == '\n' || c < 0) {
          entry(line, number).ifPresent(keys::add);
          if (c < 0) {
            break;
          }
          line.setLength(0);
          number++;
        } else if (line.length() == MAX_LINE) {
          throw new IOException(
              "line " + number + " is over " + MAX_LINE + " characters; this is no baseline");
        } else {
          line.append((char) c);
        }
      }
    } catch (CharacterCodingException e) {
      throw new IOException("it is not UTF-8 text; a baseline is the text --write-baseline writes");
    }
    return new Baseline(keys);
  }

  /** The key of a line, or empty for a blank line or a comment. */
  private static Optional<String> entry(StringBuilder line, int number) throws IOException {
    String text = line.toString();
    if (number == 1 && text.startsWith(VERSION_1)) {
      throw new IOException(
          "it is a version 1 baseline, whose keys depend on how its paths were typed; write it"
              + " again with --write-baseline");
    }
    if (text.isBlank() || text.startsWith("#")) {
      return Optional.empty();
    }
    String key = text.split("\t", 2)[0];
    if (!KEY.matcher(key).matches()) {
      throw new IOException(
          "line "
              + number
              + " is no baseline entry: it starts with "
              + FindingText.quoted(key, 40)
              + ", not a key of 32 hex digits");
    }
    return Optional.of(key);
  }

  /** An input stream that fails past {@link #MAX_BYTES}. */
  private static final class BoundedInput extends FilterInputStream {
    private long left = MAX_BYTES;

    BoundedInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, (int) Math.min(length, left + 1));
      if (read > 0 && (left -= read) < 0) {
        throw new IOException(
            "it is over "
                + (MAX_BYTES >> 20)
                + " MiB; a baseline that large is no baseline seeddoc wrote");
      }
      return read;
    }
  }

  /** The findings of an outcome that the baseline does not hold. */
  FileOutcome leaveOut(FileOutcome outcome) {
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : outcome.findings()) {
      if (!keys.contains(FindingKeys.of(outcome, finding))) {
        kept.add(finding);
      }
    }
    return kept.size() == outcome.findings().size() ? outcome : outcome.withFindings(kept);
  }

  /**
   * Collects the findings of a run, to write as a baseline. Not thread-safe: the runner reports
   * files in turn.
   */
  static final class Writer {
    private final List<String> lines = new ArrayList<>();

    void add(FileOutcome outcome) {
      for (Finding f : outcome.findings()) {
        lines.add(
            FindingKeys.of(outcome, f)
                + "\t"
                + f.rule().id()
                + "\t"
                + Finding.printable(String.valueOf(f.field()))
                + "\t"
                + Finding.printable(outcome.identity()));
      }
    }

    /** The baseline's text, to write whole. */
    String text() {
      return HEADER + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    }
  }
}
