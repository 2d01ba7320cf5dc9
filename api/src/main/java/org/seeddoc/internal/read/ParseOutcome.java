package org.seeddoc.internal.read;

import java.util.List;
import java.util.Map;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.Position;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.SourceText;

/**
 * Everything one read produced, for {@code SeedReader} to wrap in its public result.
 *
 * @param document the document, or null when a problem stopped the read
 * @param findings every finding, sorted by position
 * @param positions the position of each field path
 * @param comments the front matter's comments, each attached to its field
 * @param text the decoded file, for error snippets, or null when it could not be decoded
 */
public record ParseOutcome(
    SeedDocument document,
    List<Finding> findings,
    Map<String, Position> positions,
    Comments comments,
    SourceText text) {}
