package org.seeddoc.internal;

import java.util.Collections;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;

/** Reads one document from bytes or text, turning every problem into a finding. */
public final class DocumentParser {
  private final ReaderLimits limits;

  /**
   * Creates a parser with the given limits.
   *
   * @param limits the limits to apply
   */
  public DocumentParser(ReaderLimits limits) {
    this.limits = limits;
  }

  /**
   * Parses bytes that should be UTF-8.
   *
   * @param bytes a buffer holding the document
   * @param length how many bytes of the buffer to read; more than the size limit means too large
   * @param source the source name for findings
   * @return the outcome
   */
  public ParseOutcome parse(byte[] bytes, int length, String source) {
    FindingCollector out = new FindingCollector(source);
    if (length > limits.maxDocumentSize()) {
      return failed(out, null, tooLarge("bytes", TextPositions.ofByte(bytes, limits.maxDocumentSize())));
    }
    String text;
    try {
      text = Utf8Source.decode(bytes, length);
    } catch (ReadFailure failure) {
      return failed(out, null, failure);
    }
    return parseDecoded(text, out);
  }

  /**
   * Parses text.
   *
   * @param text the document; longer than the size limit means too large
   * @param source the source name for findings
   * @return the outcome
   */
  public ParseOutcome parse(String text, String source) {
    FindingCollector out = new FindingCollector(source);
    if (text.length() > limits.maxDocumentSize()) {
      Position limit = TextPositions.ofChar(text, limits.maxDocumentSize(), 1);
      return failed(out, null, tooLarge("characters", limit));
    }
    try {
      Utf8Source.requireWellFormed(text);
    } catch (ReadFailure failure) {
      return failed(out, null, failure);
    }
    return parseDecoded(text, out);
  }

  private ParseOutcome parseDecoded(String text, FindingCollector out) {
    EventReader events = null;
    try {
      Envelope envelope = Envelope.split(text);
      if (envelope.bom()) {
        out.report(Rule.BOM, null, new Position(1, 1), "the file starts with a UTF-8 byte order mark; fmt removes it", null);
      }
      if (envelope.firstCrlfLine() > 0) {
        out.report(Rule.CRLF, null, new Position(envelope.firstCrlfLine(), 1),
            "the front matter has CRLF line endings; fmt writes LF", null);
      }
      events = new EventReader(FrontMatterText.of(envelope.frontMatter()), limits);
      SeedDocument document = new FrontMatterReader(events, out).read(envelope.body());
      return outcome(document, out, events.firstComment(), text);
    } catch (ReadFailure failure) {
      return failed(out, text, failure);
    }
  }

  private ReadFailure tooLarge(String unit, Position at) {
    return new ReadFailure(Rule.LIMIT, at,
        "the document is larger than the limit of " + limits.maxDocumentSize() + " " + unit);
  }

  private static ParseOutcome failed(FindingCollector out, String text, ReadFailure failure) {
    out.report(failure.rule(), null, failure.position(), failure.getMessage());
    return outcome(null, out, null, text);
  }

  private static ParseOutcome outcome(SeedDocument document, FindingCollector out, Position firstComment, String text) {
    List<Finding> findings = out.findings();
    findings.sort(Finding.BY_POSITION);
    // A read-only view, not a copy: the collector is dropped here, and copying rehashes every path.
    return new ParseOutcome(document, List.copyOf(findings), Collections.unmodifiableMap(out.positions()), firstComment, text);
  }
}
