package org.seeddoc.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.seeddoc.Finding;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.files.FileStamp;
import org.seeddoc.files.ProjectPaths;
import org.seeddoc.files.SafeFiles;
import org.seeddoc.files.SeedFile;
import org.seeddoc.report.FileOutcome;
import org.seeddoc.validation.FileCheck;
import org.seeddoc.validation.SeedValidator;

/**
 * The findings of files checked before, replayed when neither a file's content nor what its
 * configuration makes of each rule nor the build of seeddoc has changed, as {@code seeddoc check
 * --cache} uses them. A replayed outcome is the one {@link FileOutcome#checked(SeedFile,
 * SeedValidator)} would give: the same findings at the same positions with the same fixes, and the
 * same text and document for reports.
 *
 * <p>An entry is kept under the file's {@linkplain ProjectPaths#identity(Path) path from the
 * project's root} and holds the SHA-256 of its content. So that an unchanged folder is not read
 * whole, {@link Strategy#METADATA} takes a file without findings whose {@link FileStamp} (size,
 * modification time, file key) is the one it had when it was hashed, and that was last written well
 * before that run began, to be unchanged without reading it, as git's index does; any other file is
 * read and hashed, so that a fresh clone or a restored CI cache still hits on content.
 *
 * <p>Each file's findings depend on that file alone: no rule today looks at two files. A damaged,
 * cut short, foreign or other build's cache file is read as empty and said in {@link #problem()};
 * {@link #save()} replaces the file whole, so runs at once each see a whole file and the last to
 * finish keeps its entries. Thread-safe: a run's threads check files through one instance.
 */
public final class CheckCache {
  /** The folder, at the project's root, that holds the cache unless another is given. */
  public static final String FOLDER = ".seeddoc_cache";

  /** An entry unused this long is dropped, so that deleted and renamed files do not pile up. */
  private static final long KEEP_SECONDS = TimeUnit.DAYS.toSeconds(30);

  /**
   * A hit refreshes its entry's last use at most this often, so that a run without change writes
   * nothing.
   */
  private static final long SEEN_SECONDS = TimeUnit.DAYS.toSeconds(1);

  private static final SeedReader READER = SeedReader.create();

  private final Path folder;
  private final boolean byStamp;
  private final Path file;
  private final Path root;
  private final String build;
  private final Map<String, CacheEntry> loaded;
  private final String problem;
  private final Map<String, CacheEntry> made = new ConcurrentHashMap<>();
  private final AtomicBoolean changed = new AtomicBoolean();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final long runStart;
  private final long now;

  private CheckCache(Path folder, Path root, Strategy strategy) {
    this.folder = folder;
    this.byStamp = strategy == Strategy.METADATA;
    this.root = root;
    this.build = ToolBuild.id();
    String name = HexFormat.of().formatHex(CacheKeys.hash(root.toString()), 0, 8);
    this.file = folder.resolve("check-" + name + ".bin");
    Instant started = Instant.now();
    this.runStart = TimeUnit.SECONDS.toNanos(started.getEpochSecond()) + started.getNano();
    this.now = started.getEpochSecond();
    // A location that is no folder holds no cache; save() says so.
    CacheFile.Loaded read =
        Files.isDirectory(folder)
            ? CacheFile.read(file, build, root.toString())
            : new CacheFile.Loaded(Map.of(), null);
    this.loaded = read.entries();
    this.problem = read.problem();
    // A cache that was not trusted is replaced, even by a run that changes nothing.
    changed.set(read.problem() != null);
  }

  /**
   * How the cache tells that a file is unchanged, as eslint's {@code --cache-strategy} names it.
   */
  public enum Strategy {
    /**
     * By its stamp, when it is the one the file had when it was hashed and that was well before the
     * run; by its content's hash otherwise. The default: an unchanged folder is not read.
     */
    METADATA,
    /**
     * By its content's hash, always: every file is read, but a file whose modification time was set
     * back by hand is not taken for the one it replaced.
     */
    CONTENT
  }

  /**
   * A builder for the cache of the working folder's project.
   *
   * @return a builder with {@value #FOLDER} at the project's root and {@link Strategy#METADATA}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckCache}. Not thread-safe; each call returns the builder. */
  public static final class Builder {
    private Path location;
    private Strategy strategy = Strategy.METADATA;

    private Builder() {}

    /**
     * Where to keep the cache.
     *
     * @param folder the folder, or null for {@value #FOLDER} at the root of the working folder's
     *     project ({@link ProjectPaths#root(Path)})
     * @return this builder
     */
    public Builder location(Path folder) {
      this.location = folder;
      return this;
    }

    /**
     * How to tell that a file is unchanged.
     *
     * @param how the strategy
     * @return this builder
     */
    public Builder strategy(Strategy how) {
      this.strategy = Objects.requireNonNull(how, "strategy");
      return this;
    }

    /**
     * Opens the cache and reads what it holds.
     *
     * @return the cache; never an exception for what the cache file holds
     */
    public CheckCache open() {
      Path root = ProjectPaths.root(Path.of(""));
      return new CheckCache(location == null ? root.resolve(FOLDER) : location, root, strategy);
    }
  }

  /**
   * Checks a listed file, or replays its findings. The validator is asked for only when the file
   * must be checked, so a run without a change never starts one.
   *
   * @param seed the file
   * @param validator the validator, with the file's configuration
   * @return what {@link FileOutcome#checked(SeedFile, SeedValidator)} gives
   */
  public FileOutcome check(SeedFile seed, Supplier<SeedValidator> validator) {
    if (seed.unreadable() != null) {
      return FileOutcome.unreadable(seed, seed.unreadable());
    }
    // Two files of one identity (in two repositories) would only share an entry: a hit still needs
    // the same content, levels and name, which are all that a file's findings depend on.
    String key = ProjectPaths.identity(seed.path());
    String levels = CacheKeys.levels(seed);
    FileStamp stamp;
    byte[] bytes;
    try {
      stamp = seed.stamp() != null ? seed.stamp() : FileStamp.read(seed.path());
      CacheEntry entry = loaded.get(key);
      if (byStamp
          && entry != null
          && entry.settled()
          && entry.findings().isEmpty()
          && entry.stamp().equals(stamp)
          && entry.levels().equals(levels)) {
        used(key, entry, stamp, true);
        return FileOutcome.of(seed, List.of());
      }
      bytes = SafeFiles.read(seed.path());
      byte[] hash = CacheKeys.contentHash(bytes);
      boolean settled = stamp.isSettledBefore(runStart);
      if (entry != null && entry.isFor(hash, levels)) {
        used(key, entry, stamp, settled);
        return FileOutcome.of(seed, bytes, replayed(seed, bytes, entry));
      }
      misses.increment();
      FileCheck checked = validator.get().check(bytes, seed.source(), seed.nameInFolder());
      made.put(key, new CacheEntry(stamp, settled, hash, levels, checked.findings(), now));
      changed.set(true);
      return FileOutcome.of(seed, bytes, checked);
    } catch (IOException e) {
      misses.increment();
      return FileOutcome.cannotRead(seed, e);
    }
  }

  /** Counts a hit, and keeps the entry with what changed in the file's stamp and its last use. */
  private void used(String key, CacheEntry entry, FileStamp stamp, boolean settled) {
    hits.increment();
    if (!entry.stamp().equals(stamp)
        || entry.settled() != settled
        || entry.seen() < now - SEEN_SECONDS) {
      made.put(key, entry.with(stamp, settled, now));
      changed.set(true);
    }
  }

  /** The entry's findings for this file, and its document, as checking it would give them. */
  private static FileCheck replayed(SeedFile seed, byte[] bytes, CacheEntry entry) {
    List<Finding> findings =
        entry.findings().stream().map(finding -> finding.withSource(seed.source())).toList();
    SeedDocument document;
    try {
      document = READER.parse(bytes, seed.source()).document().orElse(null);
    } catch (RuntimeException e) {
      // The validator's check took this for an SD012 finding and kept no document; so does this.
      document = null;
    }
    return new FileCheck(document, findings);
  }

  /**
   * Why the cache file was not trusted: damaged, cut short, not a cache, or made for another
   * project. Empty when it was, or when there was none yet or another build of seeddoc made it,
   * which are not problems.
   *
   * @return the reason, for a person
   */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * The cache file, to say in messages.
   *
   * @return its path
   */
  public Path file() {
    return file;
  }

  /** The project's root that the cache file is for, as its header says it. */
  String root() {
    return root.toString();
  }

  /**
   * Whether the cache holds no entry, as on a first run or after its file was not trusted: then
   * every file is checked, and a caller may start its validator at once.
   *
   * @return true when nothing can be replayed
   */
  public boolean isEmpty() {
    return loaded.isEmpty();
  }

  /**
   * How many files this instance replayed.
   *
   * @return the count
   */
  public long hits() {
    return hits.sum();
  }

  /**
   * How many files this instance checked, or could not read.
   *
   * @return the count
   */
  public long misses() {
    return misses.sum();
  }

  /**
   * Writes what this run made and used, with the entries of files it did not look at, unless
   * nothing changed. The folder is made if it is not there, with a {@code .gitignore} and a {@code
   * CACHEDIR.TAG} that keep it out of version control and backups.
   *
   * @throws IOException if the folder or file cannot be written; the cache is then only slower
   */
  public void save() throws IOException {
    if (!changed.get()) {
      return;
    }
    if (!Files.isDirectory(folder)) {
      if (Files.exists(folder)) {
        throw new IOException(folder + " is not a folder");
      }
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve(".gitignore"),
          "# Made by seeddoc check --cache: not for version control.\n*\n",
          StandardCharsets.UTF_8);
      Files.writeString(
          folder.resolve("CACHEDIR.TAG"),
          "Signature: 8a477f597d28d172789f06886806bc55\n"
              + "# This file is a cache directory tag made by seeddoc.\n",
          StandardCharsets.UTF_8);
    }
    // References to the entries, not copies: a cache of many files is held once.
    List<Map.Entry<String, CacheEntry>> kept = new ArrayList<>(loaded.size() + made.size());
    made.entrySet().forEach(kept::add);
    for (Map.Entry<String, CacheEntry> entry : loaded.entrySet()) {
      if (entry.getValue().seen() >= now - KEEP_SECONDS && !made.containsKey(entry.getKey())) {
        kept.add(entry);
      }
    }
    CacheFile.write(file, build, root.toString(), kept);
  }
}
