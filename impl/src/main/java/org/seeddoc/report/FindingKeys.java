package org.seeddoc.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.seeddoc.Finding;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.spi.FieldEdits;
import org.seeddoc.spi.SeedSchema;

/**
 * What identifies a finding across edits of its file: the file, the rule, the field path and a hash
 * of the field's value, never the line, so that {@code fmt} moving a field keeps its key. The file
 * is its {@linkplain FileOutcome#identity() path from the project's root}, so the key is the same
 * whatever form the path was typed in and whatever folder the run started in. The baseline, SARIF's
 * {@code partialFingerprints} and GitLab's fingerprints use it. Thread-safe.
 */
public final class FindingKeys {
  private FindingKeys() {}

  /**
   * The key of a finding.
   *
   * @param outcome the outcome of the finding's file: its file and document
   * @param finding the finding
   * @return 32 hex digits
   */
  public static String of(FileOutcome outcome, Finding finding) {
    SeedDocument document = outcome.document();
    Object value =
        document == null || finding.field() == null
            ? null
            : FieldEdits.valueAt(SeedSchema.DOCUMENT, document, finding.field());
    String text = value instanceof Secured secured ? secured.text() : String.valueOf(value);
    return hash(
        outcome.identity() + '\0' + finding.rule().id() + '\0' + finding.field() + '\0' + text);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
