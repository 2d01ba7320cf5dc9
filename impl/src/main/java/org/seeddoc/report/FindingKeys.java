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
 * of the field's value, never the line, so that {@code fmt} moving a field keeps its key. The
 * baseline and SARIF's {@code partialFingerprints} use it. Thread-safe.
 */
public final class FindingKeys {
  private FindingKeys() {}

  /**
   * The key of a finding.
   *
   * @param finding the finding
   * @param document the document it is about, or null when the file did not read
   * @return 32 hex digits
   */
  public static String of(Finding finding, SeedDocument document) {
    Object value =
        document == null || finding.field() == null
            ? null
            : FieldEdits.valueAt(SeedSchema.DOCUMENT, document, finding.field());
    String text = value instanceof Secured secured ? secured.text() : String.valueOf(value);
    return hash(
        finding.source() + '\0' + finding.rule().id() + '\0' + finding.field() + '\0' + text);
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
