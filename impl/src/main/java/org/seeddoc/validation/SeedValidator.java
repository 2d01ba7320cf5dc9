package org.seeddoc.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.seeddoc.Finding;
import org.seeddoc.ParseResult;
import org.seeddoc.Position;
import org.seeddoc.Rule;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.config.RuleLevel;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.spi.FindingCollector;
import org.seeddoc.spi.FindingText;
import org.seeddoc.spi.ReaderLimits;
import org.seeddoc.validation.internal.FieldConstraints;
import org.seeddoc.validation.internal.Reporter;
import org.seeddoc.validation.internal.Rules;
import org.seeddoc.validation.internal.Suppressions;

/**
 * Validates seed documents and returns every problem as a {@link Finding}; it never throws for bad
 * content. Field constraints (required fields, blank text, number ranges) are the model's Jakarta
 * Bean Validation annotations, checked by Hibernate Validator; URLs, tokens, domains, the secured
 * value, AMP Cache URLs, mojibake and the checks across fields are rules of its own. Rule ids are
 * listed in {@link org.seeddoc.Rule} and described in {@code docs/rules.md}.
 *
 * <p>A {@code # seeddoc-ignore SD211: reason} comment at the end of a field's line, or on the line
 * above it, silences those rules for that field; one that is wrong or silences nothing is an SD014
 * warning.
 *
 * <p>A validator built with a {@link SeedConfig} gives each finding the level the configuration
 * gives its rule for the finding's source, and leaves out the findings of rules that are off: what
 * {@code seeddoc check} does with a {@code .seeddoc.yaml} file.
 *
 * <p>Immutable and thread-safe. The first validator starts Hibernate Validator, which takes a
 * moment; the validators built after it share it, so one per configuration costs little.
 *
 * <pre>{@code
 * SeedValidator validator = SeedValidator.create();
 * ParseResult result = SeedReader.create().parse(Path.of("seeds/000_d1aaf954cc0ce8f5.txt"));
 * for (Finding finding : validator.validate(result)) {
 *   System.out.println(finding);
 * }
 * }</pre>
 */
public final class SeedValidator {
  /**
   * One byte past the reader's limit, so that a larger file is its SD005 error, read no further.
   */
  private static final int MAX_READ = ReaderLimits.DEFAULTS.maxDocumentSize() + 1;

  /** Where findings about a whole file stand. */
  private static final Position FILE_START = new Position(1, 1);

  private static final Pattern SEED_FILE_NAME = Pattern.compile("[0-9]{3,}_[0-9a-f]{16}\\.txt");

  /** Readers are immutable: one serves every validator and thread. */
  private static final SeedReader READER = SeedReader.create();

  private final FieldConstraints constraints;
  private final SeedConfig config;

  private SeedValidator(SeedConfig config) {
    this.constraints = Started.CONSTRAINTS;
    this.config = config;
  }

  /** Hibernate Validator and the rules' tables, started once for every validator. */
  private static final class Started {
    static final FieldConstraints CONSTRAINTS = new FieldConstraints();

    static {
      Rules.prepare();
    }
  }

  /**
   * Creates a validator with every rule at its default level.
   *
   * @return the validator
   */
  public static SeedValidator create() {
    return builder().build();
  }

  /**
   * A builder, for a validator with a configuration.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration this validator applies.
   *
   * @return the configuration
   */
  public SeedConfig config() {
    return config;
  }

  /** Builds a {@link SeedValidator}. Not thread-safe; each call returns the builder. */
  public static final class Builder {
    private SeedConfig config = SeedConfig.defaults();

    private Builder() {}

    /**
     * Sets the configuration whose rule levels and overrides the validator applies.
     *
     * @param config the configuration, from {@link SeedConfig#read(java.nio.file.Path)} or its
     *     builder
     * @return this builder
     */
    public Builder config(SeedConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public SeedValidator build() {
      return new SeedValidator(config);
    }
  }

  /**
   * Validates what a reader produced. The reader's own findings (syntax, wrong types, missing keys)
   * and the validator's come out as one list, sorted by line and column, each at the key of the
   * field it names.
   *
   * @param result what the reader produced
   * @return every finding of a rule that is not off, at its level; unmodifiable
   */
  public List<Finding> validate(ParseResult result) {
    Suppressions suppressions = Suppressions.of(result.comments(), result.source());
    String path = suppressions.isEmpty() ? null : config.relativePath(result.source()).orElse(null);
    // A suppression of a rule that is off silences nothing, and is reported as such.
    FindingCollector out =
        new FindingCollector(
            result.source(),
            suppressions.isEmpty()
                ? null
                : (rule, field) ->
                    config.level(rule, path, false) != RuleLevel.OFF
                        && suppressions.silences(rule, field));
    out.addAll(result.findings());
    result
        .document()
        .ifPresent(
            document -> {
              Set<String> reported =
                  result.findings().stream()
                      .filter(f -> f.isError() && f.field() != null)
                      .map(Finding::field)
                      .collect(Collectors.toSet());
              check(
                  document,
                  new Reporter(out, field -> result.position(field).orElse(null), reported));
            });
    List<Finding> kept = config.applyTo(out.sorted());
    if (suppressions.isEmpty()) {
      return kept;
    }
    List<Finding> all = new ArrayList<>(kept);
    all.addAll(config.applyTo(suppressions.findings()));
    all.sort(Finding.BY_POSITION);
    return List.copyOf(all);
  }

  /**
   * Validates a document built in code. It has no source positions, so findings have line and
   * column 0.
   *
   * @param document the document
   * @param source the name findings carry as their source
   * @return every finding of a rule that is not off, at its level, sorted by rule id and field
   *     path; unmodifiable
   */
  public List<Finding> validate(SeedDocument document, String source) {
    FindingCollector out = new FindingCollector(source);
    check(document, new Reporter(out, path -> null, Set.of()));
    return config.applyTo(out.sorted());
  }

  /**
   * Checks one file's bytes as {@code seeddoc check} does: reads them, validates the document, and,
   * given the file's name, checks that it is a seed file's (SD215). A failure of seeddoc's own on
   * the file is an SD012 finding, not an exception, so that a caller goes on to the next file.
   *
   * @param bytes the file's bytes, such as from {@link #readFile(InputStream)}
   * @param source the name findings carry as their source, such as the file's path
   * @param fileName the file's name, when it was found in a seed folder; null to skip SD215
   * @return the document, when it read, and every finding at its configured level
   */
  public FileCheck check(byte[] bytes, String source, String fileName) {
    FindingCollector out = new FindingCollector(source);
    SeedDocument document = null;
    try {
      ParseResult result = READER.parse(bytes, source);
      out.addAll(validate(result));
      document = result.document().orElse(null);
    } catch (RuntimeException e) {
      out.report(Rule.UNREADABLE, null, FILE_START, FindingText.failedOn(e));
    }
    if (fileName != null && !isSeedFileName(fileName)) {
      out.report(
          Rule.FILE_NAME,
          null,
          FILE_START,
          "seed files are named <3 or more digits>_<16 lowercase hex digits>.txt, such as 000_d1aaf954cc0ce8f5.txt");
    }
    return new FileCheck(document, config.applyTo(out.sorted()));
  }

  /**
   * Reads a file's bytes for {@link #check(byte[], String, String)}: all of them, or one past the
   * reader's size limit, which is enough for the SD005 finding without reading a huge file.
   *
   * @param in the file's content; not closed
   * @return the bytes
   * @throws IOException if reading fails
   */
  public static byte[] readFile(InputStream in) throws IOException {
    return in.readNBytes(MAX_READ);
  }

  /**
   * Reads a file's bytes for {@link #check(byte[], String, String)}, as {@link
   * #readFile(InputStream)} does, into one array of the file's size: a stream reads in chunks and
   * copies them, which for a 3 KB seed file allocated four times its size.
   *
   * @param file the file
   * @return the bytes
   * @throws IOException if reading fails
   */
  public static byte[] readFile(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size <= 0 || size >= MAX_READ) {
        // Empty-looking files (such as /proc's) and large ones are read as a stream.
        return readFile(Channels.newInputStream(channel));
      }
      ByteBuffer bytes = ByteBuffer.allocate((int) size);
      while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
        // fills the buffer, or stops at the end of a file that shrank
      }
      return bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array();
    }
  }

  /**
   * Whether a file name is a seed file's: {@code <3 or more digits>_<16 lowercase hex>.txt}.
   *
   * @param name a file name, without folders
   * @return whether SD215 accepts it
   */
  public static boolean isSeedFileName(String name) {
    return SEED_FILE_NAME.matcher(name).matches();
  }

  private void check(SeedDocument document, Reporter out) {
    constraints.check(document, out);
    Rules.check(document, out);
  }
}
