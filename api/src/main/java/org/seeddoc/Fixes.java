package org.seeddoc;

import java.util.Collection;
import java.util.Objects;
import org.seeddoc.spi.FieldEdits;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.SeedSchema;

/**
 * Applies the fixes that findings carry to a document: a finding's {@link Finding#fix() fix} is the
 * new value of the field it names (a repaired text, the https URL, the right AMP Cache URL, a
 * host's normal form, an integer without its leading zero), and for an unknown key ({@link
 * Rule#UNKNOWN_KEY}) the known key it was meant to be. Findings about the whole file have no fix to
 * apply here; the writer's canonical layout mends byte order marks and line endings.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Finding> findings = validator.validate(result);
 * SeedDocument fixed = Fixes.apply(result.document().orElseThrow(), findings);
 * }</pre>
 */
public final class Fixes {
  private Fixes() {}

  /**
   * Whether a finding carries a fix this class can apply.
   *
   * @param finding a finding
   * @return true when it names a field and suggests a value or, for an unknown key, a key
   */
  public static boolean isFixable(Finding finding) {
    return finding.fix() != null && finding.field() != null;
  }

  /**
   * Applies the fixes of findings, in order. A fix that no longer fits the document (its field is
   * gone, an earlier fix gave the key already, the value cannot be of the field's type) is left
   * out.
   *
   * @param document the document the findings are about
   * @param findings findings, such as a validator returned; those without a fix are passed over
   * @return the document with the fixes applied; the same document when none applied
   */
  public static SeedDocument apply(SeedDocument document, Collection<Finding> findings) {
    Objects.requireNonNull(document, "document");
    SeedDocument fixed = document;
    for (Finding finding : findings) {
      if (!isFixable(finding)) {
        continue;
      }
      SeedDocument edited =
          finding.rule() == Rule.UNKNOWN_KEY
              ? FieldEdits.withKeyRenamed(
                  SeedSchema.DOCUMENT, fixed, finding.field(), finding.fix())
              : FieldEdits.withValue(SeedSchema.DOCUMENT, fixed, finding.field(), finding.fix());
      if (edited != null) {
        fixed = edited;
      }
    }
    return fixed;
  }

  /**
   * Moves comments as the fixes of findings move fields: the comments of an unknown key renamed to
   * a known one ({@code tpye} to {@code type}) go with it. Pass the findings whose fixes {@link
   * #apply} applied.
   *
   * @param comments the comments of the document the findings are about
   * @param findings the findings
   * @return the comments, each attached to its field's new path
   */
  public static Comments moveComments(Comments comments, Collection<Finding> findings) {
    Comments moved = comments;
    for (Finding finding : findings) {
      if (isFixable(finding) && finding.rule() == Rule.UNKNOWN_KEY) {
        String parent = FieldPath.parent(finding.field());
        moved = moved.withFieldRenamed(finding.field(), FieldPath.child(parent, finding.fix()));
      }
    }
    return moved;
  }
}
