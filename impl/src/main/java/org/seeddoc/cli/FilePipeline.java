package org.seeddoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.seeddoc.Comment;
import org.seeddoc.CommentedText;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.Fixes;
import org.seeddoc.ParseResult;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.internal.finding.FindingCollector;
import org.seeddoc.internal.finding.FindingText;
import org.seeddoc.internal.schema.FieldPath;
import org.seeddoc.internal.source.SourceText;
import org.seeddoc.validation.FileCheck;
import org.seeddoc.validation.SeedValidator;

/**
 * The one way a file goes through the tool, for {@code check} and {@code fmt} alike: path, its bytes
 * read once, parse, then validate or format, and the findings as a {@link FileOutcome} for the
 * report. Thread-safe. The validator comes as a future because starting Hibernate Validator is the
 * slowest part of starting the tool: files are read and parsed while it starts on another core.
 */
final class FilePipeline {
  /** Where findings about a whole file stand. */
  private static final Position FILE_START = new Position(1, 1);

  private final SeedReader reader = SeedReader.create();
  private final SeedWriter writer = SeedWriter.create();
  private final Future<SeedValidator> validator;

  /** A pipeline that formats only. */
  FilePipeline() {
    this(null);
  }

  /** A pipeline that checks, with the validator on its way. */
  FilePipeline(Future<SeedValidator> validator) {
    this.validator = validator;
  }

  /** How {@code fmt} treats a file. */
  record FormatMode(boolean checkOnly, boolean dropComments) {}

  /** Every finding of one file: a file that cannot be read is a finding too. */
  FileOutcome check(SeedFiles.SeedFile file) {
    if (file.unreadable() != null) {
      return unreadable(file, file.unreadable());
    }
    try {
      return check(file, bytes(file));
    } catch (IOException e) {
      return unreadable(file, "cannot read the file: " + e.getMessage());
    }
  }

  /** Every finding of bytes read for a file, or from standard input under the file's name. */
  FileOutcome check(SeedFiles.SeedFile file, byte[] bytes) {
    String name = file.inFolder() ? file.path().getFileName().toString() : null;
    FileCheck checked = validatorFor(file).check(bytes, file.path().toString(), name);
    SeedDocument document = checked.document();
    List<Finding> findings = checked.findings();
    String text = document != null && findings.stream().anyMatch(Fixes::isFixable) ? new String(bytes, StandardCharsets.UTF_8) : null;
    // The document serves to key and fix findings: a clean file's is not held while its batch waits
    // to be reported.
    return new FileOutcome(file, findings, null, null, findings.isEmpty() ? null : document, text);
  }

  /**
   * What formatting some bytes gives.
   *
   * @param findings what stops formatting (errors, comments it would drop, text that would not read
   *     back) or, with {@code checkOnly}, that the text is not canonical; empty otherwise
   * @param canonical the canonical text to write, or null when there is nothing to write
   */
  record Formatted(List<Finding> findings, byte[] canonical) {}

  /**
   * Formats one file, or with {@code checkOnly} only says whether it is canonical. A file with an
   * error, or whose comments formatting would drop, is reported and left as it is.
   */
  FileOutcome format(SeedFiles.SeedFile file, FormatMode mode) {
    if (file.unreadable() != null) {
      return unreadable(file, file.unreadable());
    }
    String source = file.path().toString();
    try {
      byte[] original = bytes(file);
      Formatted formatted = format(original, source, mode);
      if (!formatted.findings().isEmpty() || formatted.canonical() == null) {
        return FileOutcome.of(file, formatted.findings());
      }
      AtomicFiles.replace(file.path(), original, formatted.canonical());
      return new FileOutcome(file, List.of(), "formatted " + FindingText.printable(source), null);
    } catch (AtomicFiles.Refused e) {
      return new FileOutcome(file, List.of(), null, source + ": not formatted: " + e.getMessage());
    } catch (IOException e) {
      return new FileOutcome(file, List.of(), null, source + ": cannot read or write: " + e.getMessage());
    }
  }

  /**
   * How {@code fix} treats a file.
   *
   * @param dryRun write nothing; show what would change as a unified diff
   * @param dropComments fix a file whose comments the canonical layout drops
   */
  record FixMode(boolean dryRun, boolean dropComments) {}

  /** A missing key that an unknown key's fix, in the same mapping, renames into place ({@code tpye} to {@code type}). */
  private static boolean mendedByRename(Finding missing, List<Finding> findings) {
    if (missing.rule() != Rule.MISSING_KEY || missing.field() == null) {
      return false;
    }
    String mapping = FieldPath.parent(missing.field());
    String key = missing.field().substring(mapping.isEmpty() ? 0 : mapping.length() + 1);
    return findings.stream().anyMatch(f -> f.rule() == Rule.UNKNOWN_KEY && key.equals(f.fix())
        && f.field() != null && FieldPath.parent(f.field()).equals(mapping));
  }

  /** Rounds of fixing at most: a fix can make another (https for ampWebUrl changes its cache URL). */
  private static final int MAX_FIX_ROUNDS = 4;

  /**
   * Applies every fix the file's findings carry, writes it in the canonical layout and checks it
   * again. A file with an error that no fix mends is reported and left as it is; what is left after
   * fixing, warnings and all, is reported as what still needs a person.
   */
  FileOutcome fix(SeedFiles.SeedFile file, FixMode mode) {
    if (file.unreadable() != null) {
      return unreadable(file, file.unreadable());
    }
    String source = file.path().toString();
    try {
      byte[] original = bytes(file);
      ParseResult result = reader.parse(original, source);
      List<Finding> findings = validate(result, file);
      List<Finding> all = findings;
      if (result.document().isEmpty() || findings.stream().anyMatch(f -> f.isError() && !Fixes.isFixable(f) && !mendedByRename(f, all))) {
        return FileOutcome.of(file, findings);
      }
      SeedDocument document = result.document().orElseThrow();
      Comments comments = result.comments();
      Set<String> fixed = new LinkedHashSet<>();
      for (int round = 0; round < MAX_FIX_ROUNDS && findings.stream().anyMatch(Fixes::isFixable); round++) {
        SeedDocument next = Fixes.apply(document, findings);
        if (next.equals(document)) {
          break;
        }
        findings.stream().filter(Fixes::isFixable).forEach(f -> fixed.add(f.rule().id() + " " + FindingText.printable(f.field())));
        comments = Fixes.moveComments(comments, findings);
        document = next;
        Written written = canonical(document, comments, source, null);
        findings = written == null ? findings : validate(reader.parse(written.bytes(), source), file);
      }
      FindingCollector guard = new FindingCollector(source);
      Written written = canonical(document, comments, source, guard);
      if (written == null || (!mode.dropComments() && !keepsComments(written.leftOut(), guard, "fix"))) {
        return FileOutcome.of(file, guard.sorted());
      }
      byte[] canonical = written.bytes();
      if (Arrays.equals(original, canonical)) {
        return FileOutcome.of(file, findings);
      }
      if (!readsBackEqual(written, document, comments, source, guard)) {
        return FileOutcome.of(file, guard.sorted());
      }
      String what = fixed.isEmpty() ? "formatted" : "fixed " + String.join(", ", fixed) + " in";
      if (mode.dryRun()) {
        return new FileOutcome(file, findings, "would have " + what + " " + FindingText.printable(source) + ":\n"
            + UnifiedDiff.of(source, original, canonical), null);
      }
      AtomicFiles.replace(file.path(), original, canonical);
      return new FileOutcome(file, findings, what + " " + FindingText.printable(source), null);
    } catch (AtomicFiles.Refused e) {
      return new FileOutcome(file, List.of(), null, source + ": not fixed: " + e.getMessage());
    } catch (IOException e) {
      return new FileOutcome(file, List.of(), null, source + ": cannot read or write: " + e.getMessage());
    } catch (RuntimeException e) {
      FindingCollector out = new FindingCollector(source);
      out.report(Rule.UNREADABLE, null, FILE_START, FindingText.failedOn(e));
      return FileOutcome.of(file, out.sorted());
    }
  }

  /** Formats bytes read from a file or from standard input. */
  Formatted format(byte[] original, String source, FormatMode mode) {
    FindingCollector out = new FindingCollector(source);
    try {
      ParseResult result = reader.parse(original, source);
      List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
      if (!errors.isEmpty()) {
        return new Formatted(errors, null);
      }
      SeedDocument document = result.document().orElseThrow();
      Written written = canonical(document, result.comments(), source, out);
      if (written == null) {
        return new Formatted(out.sorted(), null);
      }
      byte[] canonical = written.bytes();
      if (Arrays.equals(original, canonical)) {
        return new Formatted(List.of(), null);
      }
      FindingCollector blocked = new FindingCollector(source);
      boolean keeps = mode.dropComments() || keepsComments(written.leftOut(), blocked, "fmt");
      if (mode.checkOnly()) {
        out.report(Rule.NOT_CANONICAL, null, firstDifference(original, canonical), keeps
            ? "not in the canonical layout; run 'seeddoc fmt' on it"
            : "not in the canonical layout, and 'seeddoc fmt' would refuse it: the comment at line "
                + blocked.sorted().get(0).line() + " has no place in the canonical layout (SD011); move it, or run 'seeddoc fmt --drop-comments'");
      } else if (!keeps) {
        return new Formatted(blocked.sorted(), null);
      } else if (readsBackEqual(written, document, result.comments(), source, out)) {
        return new Formatted(List.of(), canonical);
      }
    } catch (RuntimeException e) {
      out.report(Rule.UNREADABLE, null, FILE_START, FindingText.failedOn(e));
    }
    return new Formatted(out.sorted(), null);
  }

  private static FileOutcome unreadable(SeedFiles.SeedFile file, String why) {
    FindingCollector out = new FindingCollector(file.path().toString());
    out.report(Rule.UNREADABLE, null, FILE_START, why);
    return FileOutcome.of(file, out.sorted());
  }

  /** A document in the canonical layout, as bytes, and the comments the layout had no place for. */
  private record Written(byte[] bytes, List<Comment> leftOut) {}

  /**
   * The document in the canonical layout, or null, with the reason a finding at the file's first line
   * when {@code out} is given, when the writer refuses it: escapes can make the text of a document
   * read within the size limit grow past it.
   */
  private Written canonical(SeedDocument document, Comments comments, String source, FindingCollector out) {
    try {
      CommentedText text = writer.write(document, comments);
      return new Written(text.text().getBytes(StandardCharsets.UTF_8), text.leftOut());
    } catch (IllegalArgumentException e) {
      if (out != null) {
        out.report(Rule.LIMIT, null, FILE_START, "formatting would write a file that does not read back ("
            + e.getMessage() + "); the file is left as it is");
      }
      return null;
    }
  }

  /**
   * Whether what fmt is about to write reads back, with no error, as the document it was made from;
   * if not, the file is left as it is and the reason is a finding at its first line. The writer can
   * make text the reader refuses: escapes make a text longer than the size limit, say.
   */
  private boolean readsBackEqual(Written written, SeedDocument document, Comments comments, String source, FindingCollector out) {
    ParseResult again = reader.parse(written.bytes(), source);
    Finding error = again.findings().stream().filter(Finding::isError).findFirst().orElse(null);
    if (error != null) {
      out.report(error.rule(), error.field(), FILE_START, "formatting would write a file that does not read back ("
          + error.message() + ", at line " + error.line() + " of the formatted text); the file is left as it is");
      return false;
    }
    if (!again.document().equals(Optional.of(document))) {
      out.report(Rule.NOT_CANONICAL, null, FILE_START,
          "formatting would write a file that reads back as another document; the file is left as it is (please report it)");
      return false;
    }
    List<String> kept = texts(written.leftOut(), comments);
    if (!again.comments().all().stream().map(Comment::text).sorted().toList().equals(kept)) {
      out.report(Rule.COMMENTS, null, FILE_START,
          "formatting would write a file that loses or changes a comment; the file is left as it is (please report it)");
      return false;
    }
    return true;
  }

  /** The texts of the comments written, sorted: all but those left out. */
  private static List<String> texts(List<Comment> leftOut, Comments comments) {
    List<Comment> written = new java.util.ArrayList<>(comments.all());
    written.removeAll(leftOut);
    return written.stream().map(Comment::text).sorted().toList();
  }

  /**
   * Whether writing keeps every comment; if not, each one it would leave out is an SD011 finding at
   * the comment, saying why.
   */
  private static boolean keepsComments(List<Comment> leftOut, FindingCollector out, String command) {
    for (Comment comment : leftOut) {
      String where = comment.field().isEmpty() ? "" : " of '" + FindingText.printable(comment.field()) + "'";
      out.report(Rule.COMMENTS, comment.field().isEmpty() ? null : comment.field(), comment.position(), comment.place() == Comment.Place.UNPLACED
          ? "this comment" + where + " is inside a flow collection ([...] or {...}), which the canonical layout writes as a block,"
              + " so it has no place there; move it out of the brackets, or pass --drop-comments to " + command + " without it"
          : "this comment belongs to '" + FindingText.printable(comment.field()) + "', which has no value and is left out of the"
              + " canonical layout; give it a value or move the comment, or pass --drop-comments to " + command + " without it");
    }
    return leftOut.isEmpty();
  }

  private static byte[] bytes(SeedFiles.SeedFile file) throws IOException {
    return SeedValidator.readFile(file.path());
  }

  /** A source's bytes, up to one past the reader's limit. */
  static byte[] bytes(InputStream in) throws IOException {
    return SeedValidator.readFile(in);
  }

  /** Where a file first differs from its canonical form: the line, at column 1. */
  private static Position firstDifference(byte[] original, byte[] canonical) {
    int at = Arrays.mismatch(original, canonical);
    return new Position(SourceText.positionOfByte(original, Math.min(at, original.length)).line(), 1);
  }

  /**
   * The validator's findings at the levels the file's configuration gives their rules, with its
   * suppression comments applied. Validators share Hibernate Validator: one per file costs nothing.
   */
  private List<Finding> validate(ParseResult result, SeedFiles.SeedFile file) {
    return validatorFor(file).validate(result);
  }

  private SeedValidator validatorFor(SeedFiles.SeedFile file) {
    SeedValidator started = validator();
    return file.config() == ConfigFinder.DEFAULTS ? started : SeedValidator.builder().config(file.config()).build();
  }

  private SeedValidator validator() {
    try {
      return validator.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Hibernate Validator could not start", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Hibernate Validator was starting", e);
    }
  }
}
