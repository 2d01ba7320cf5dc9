package org.seeddoc.internal.read;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.seeddoc.Comments;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.internal.source.Envelope;
import org.seeddoc.internal.yaml.EventReader;
import org.seeddoc.internal.yaml.FrontMatterText;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.spi.ReadFailure;
import org.seeddoc.spi.ReaderLimits;
import org.seeddoc.spi.SourceText;
import org.seeddoc.spi.Utf8Source;

/**
 * Reads one document from bytes or text, turning every problem into a finding: the reader's
 * pipeline from source to record, stage by stage.
 */
public final class DocumentParser {
  /**
   * Room for the positions of a typical document without growing: the testkit's corpus has 48
   * fields and list items a document, up to 81, and growing from the default size rehashed the map
   * two or three times each.
   */
  private static final int POSITIONS = 128;

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
      return failed(
          out, tooLarge("bytes", SourceText.positionOfByte(bytes, limits.maxDocumentSize())));
    }
    String text;
    try {
      text = Utf8Source.decode(bytes, length);
    } catch (ReadFailure failure) {
      return failed(out, failure);
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
      Position limit = SourceText.of(text).positionOfChar(limits.maxDocumentSize());
      return failed(out, tooLarge("characters", limit));
    }
    try {
      Utf8Source.requireWellFormed(text);
    } catch (ReadFailure failure) {
      return failed(out, failure);
    }
    return parseDecoded(text, out);
  }

  private ParseOutcome parseDecoded(String text, FindingCollector out) {
    Map<String, Position> positions = new HashMap<>(POSITIONS);
    try {
      Envelope envelope = Envelope.split(text);
      if (envelope.bom()) {
        out.report(
            Rule.BOM,
            null,
            new Position(1, 1),
            "the file starts with a UTF-8 byte order mark; fmt removes it");
      }
      if (envelope.firstCrlfLine() > 0) {
        out.report(
            Rule.CRLF,
            null,
            new Position(envelope.firstCrlfLine(), 1),
            "the front matter has CRLF line endings; fmt writes LF");
      }
      // Only front matter with a '#' after white space can hold a comment; the rest pays nothing
      // for them.
      FrontMatterText frontMatter =
          FrontMatterText.of(text, envelope.frontMatterStart(), envelope.frontMatterEnd());
      CommentAttacher comments = frontMatter.mayHaveComments() ? new CommentAttacher() : null;
      EventReader events = new EventReader(frontMatter, limits, comments);
      if (comments != null) {
        comments.events(events);
      }
      SeedDocument document = new FrontMatterReader(events, out, positions).read(envelope.body());
      return outcome(
          document,
          out,
          positions,
          comments == null ? Comments.none() : comments.comments(),
          SourceText.of(text));
    } catch (ReadFailure failure) {
      return outcome(null, fail(out, failure), positions, Comments.none(), SourceText.of(text));
    }
  }

  private ReadFailure tooLarge(String unit, Position at) {
    return new ReadFailure(
        Rule.LIMIT,
        at,
        "the document is larger than the limit of " + limits.maxDocumentSize() + " " + unit);
  }

  /** A source that could not be decoded: no text, no positions. */
  private static ParseOutcome failed(FindingCollector out, ReadFailure failure) {
    return outcome(null, fail(out, failure), Map.of(), Comments.none(), null);
  }

  private static FindingCollector fail(FindingCollector out, ReadFailure failure) {
    out.report(failure.rule(), null, failure.position(), failure.getMessage());
    return out;
  }

  private static ParseOutcome outcome(
      SeedDocument document,
      FindingCollector out,
      Map<String, Position> positions,
      Comments comments,
      SourceText text) {
    // A read-only view, not a copy: the reader is dropped here, and copying rehashes every path.
    return new ParseOutcome(
        document, out.sorted(), Collections.unmodifiableMap(positions), comments, text);
  }
}
