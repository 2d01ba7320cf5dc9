package org.seeddoc.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.seeddoc.config.SeedConfig;

/**
 * The files of a listing, in the order they are handled, kept as the text of their paths in one
 * array rather than as a {@link Path} and records each; a {@link SeedFile} is made when asked for.
 * Listed as objects, a folder of 100,000 files held 38 MB that every young collection of the
 * listing copied, and G1 answered those pauses by growing the heap of {@code java -jar} to a
 * gigabyte (docs/performance.md, §2j). Files named on the command line, files that could not be
 * read, files without a stamp and names that do not read back from their text (bytes that are not
 * in the file system's encoding) are kept whole: they are few.
 *
 * <p>Immutable, and thread-safe.
 */
final class ListedFiles extends AbstractList<SeedFile> implements RandomAccess {
  private final Entries entries;

  /** The entry at each place. */
  private final int[] order;

  private ListedFiles(Entries entries, int[] order) {
    this.entries = entries;
    this.order = order;
  }

  /**
   * A file's key ({@link BasicFileAttributes#fileKey()}), links followed, or null when it has none
   * or cannot be asked.
   */
  static Object fileKey(Path path) {
    BasicFileAttributes attributes = attributes(path);
    return attributes == null ? null : attributes.fileKey();
  }

  /** A file's attributes, links followed, or null when it cannot be asked. */
  static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public SeedFile get(int index) {
    return entries.file(order[index]);
  }

  @Override
  public int size() {
    return order.length;
  }

  /** The files added, growing compactly. Not thread-safe. */
  private static final class Entries {
    private char[] text = new char[4096];

    /** Entry e's path is {@code text[starts[e]]} up to {@code text[starts[e + 1]]}. */
    private int[] starts = new int[257];

    private SeedConfig[] configs = new SeedConfig[256];

    /** Each entry's {@link FileStamp}, in three arrays: a record each would be 100,000 objects. */
    private long[] sizes = new long[256];

    private long[] modified = new long[256];
    private int[] keys = new int[256];

    private final Map<Integer, SeedFile> whole = new HashMap<>();
    private int count;

    void add(SeedFile file) {
      String path = file.path().toString();
      if (count == configs.length) {
        starts = Arrays.copyOf(starts, count * 2 + 1);
        configs = Arrays.copyOf(configs, count * 2);
        sizes = Arrays.copyOf(sizes, count * 2);
        modified = Arrays.copyOf(modified, count * 2);
        keys = Arrays.copyOf(keys, count * 2);
      }
      int used = starts[count];
      if (used + path.length() > text.length) {
        text = Arrays.copyOf(text, Math.max(text.length * 2, used + path.length()));
      }
      path.getChars(0, path.length(), text, used);
      starts[count + 1] = used + path.length();
      configs[count] = file.config();
      FileStamp stamp = file.stamp();
      if (stamp != null) {
        sizes[count] = stamp.size();
        modified[count] = stamp.modified();
        keys[count] = stamp.key();
      }
      // A name whose bytes are not in the file system's encoding reads as U+FFFD, and that text no
      // longer names the file.
      if (!file.inFolder()
          || file.unreadable() != null
          || stamp == null
          || path.indexOf('\uFFFD') >= 0) {
        whole.put(count, file);
      }
      count++;
    }

    SeedFile file(int entry) {
      SeedFile file = whole.isEmpty() ? null : whole.get(entry);
      return file != null
          ? file
          : new SeedFile(
              Path.of(path(entry)),
              true,
              null,
              configs[entry],
              new FileStamp(sizes[entry], modified[entry], keys[entry]));
    }

    String path(int entry) {
      return new String(text, starts[entry], starts[entry + 1] - starts[entry]);
    }

    /**
     * Orders two entries as their paths' UTF-8 bytes do, unsigned: code point order, as {@code git
     * ls-files} lists them, the same on every run.
     */
    int compare(int a, int b) {
      int fromA = starts[a];
      int lengthA = starts[a + 1] - fromA;
      int fromB = starts[b];
      int lengthB = starts[b + 1] - fromB;
      int at = Arrays.mismatch(text, fromA, fromA + lengthA, text, fromB, fromB + lengthB);
      if (at < 0) {
        return 0;
      }
      if (at == lengthA || at == lengthB) {
        return lengthA - lengthB;
      }
      return codePointOrder(text[fromA + at]) - codePointOrder(text[fromB + at]);
    }

    /** A UTF-16 unit moved so that units compare in code point order: surrogates above the rest. */
    private static int codePointOrder(char c) {
      return c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
    }

    void trim() {
      text = Arrays.copyOf(text, starts[count]);
      starts = Arrays.copyOf(starts, count + 1);
      configs = Arrays.copyOf(configs, count);
      sizes = Arrays.copyOf(sizes, count);
      modified = Arrays.copyOf(modified, count);
      keys = Arrays.copyOf(keys, count);
    }
  }

  /**
   * Builds a listing: files added in order, a folder's files sorted among themselves. Not
   * thread-safe.
   */
  static final class Builder {
    private final Entries entries = new Entries();

    /** The entry at each place. */
    private int[] order = new int[256];

    /**
     * The hash of each entry's file key ({@link BasicFileAttributes#fileKey()}), when it has one.
     */
    private int[] keyHashes = new int[256];

    private final BitSet keyless = new BitSet();

    /**
     * Adds a file, with its file key, or null when it has none (a link to nothing, a file that
     * could not be read).
     */
    void add(SeedFile file, Object key) {
      int entry = entries.count;
      if (entry == order.length) {
        order = Arrays.copyOf(order, entry * 2);
        keyHashes = Arrays.copyOf(keyHashes, entry * 2);
      }
      order[entry] = entry;
      if (key == null) {
        keyless.set(entry);
      } else {
        keyHashes[entry] = key.hashCode();
      }
      entries.add(file);
    }

    /** How many files were added. */
    int added() {
      return entries.count;
    }

    /** Sorts the files added since there were {@code from} by path. */
    void sortSince(int from) {
      // An Object[], not an Integer[]: TimSort's compiled code checks the stores into its arrays
      // against the type it has seen, and the findings' sorts give it Object[]; an array of another
      // type had C2 throw that code away and compile it again.
      Object[] latest = new Object[entries.count - from];
      Arrays.setAll(latest, i -> order[from + i]);
      Arrays.sort(latest, (a, b) -> entries.compare((Integer) a, (Integer) b));
      for (int i = 0; i < latest.length; i++) {
        order[from + i] = (Integer) latest[i];
      }
    }

    /**
     * The listing, each file at its first place only: a file reached twice (named twice, named and
     * in a named folder, or through a link) is the same file key and the same real path. Hard links
     * share a key but stay two files, since rewriting one name does not change the other. Asking
     * for a real path costs a system call per part of the path, and a third of a 100,000-file
     * listing once went to it (docs/performance.md, "The listing"), so it is asked only of files
     * whose key's hash another file has too. A file without a key is compared by its real path with
     * the other files without one.
     */
    ListedFiles build() {
      entries.trim();
      BitSet repeated = new BitSet();
      long[] byHash = new long[entries.count - keyless.cardinality()];
      int keyed = 0;
      Set<Path> realPathsWithoutKey = new HashSet<>();
      for (int place = 0; place < entries.count; place++) {
        int entry = order[place];
        if (keyless.get(entry)) {
          if (!realPathsWithoutKey.add(realPath(entries.file(entry).path()))) {
            repeated.set(place);
          }
        } else {
          byHash[keyed++] = ((long) keyHashes[entry] << 32) | place;
        }
      }
      Arrays.sort(byHash);
      for (int i = 0; i < byHash.length; ) {
        int end = i + 1;
        while (end < byHash.length && byHash[end] >>> 32 == byHash[i] >>> 32) {
          end++;
        }
        if (end - i > 1) {
          markRepeated(Arrays.copyOfRange(byHash, i, end), repeated);
        }
        i = end;
      }
      int[] kept = new int[entries.count - repeated.cardinality()];
      for (int place = 0, next = 0; place < entries.count; place++) {
        if (!repeated.get(place)) {
          kept[next++] = order[place];
        }
      }
      return new ListedFiles(entries, kept);
    }

    /**
     * Marks the places, of files whose keys have one hash, that name a file an earlier place names.
     * Only the hash was kept, so the keys are read again.
     */
    private void markRepeated(long[] sameHash, BitSet repeated) {
      Map<Object, Set<Path>> realPathsByKey = new HashMap<>();
      for (long pair : sameHash) {
        int place = (int) pair;
        Path path = entries.file(order[place]).path();
        Object key = fileKey(path);
        if (key != null
            && !realPathsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(realPath(path))) {
          repeated.set(place);
        }
      }
    }

    private static Path realPath(Path path) {
      try {
        return path.toRealPath();
      } catch (IOException e) {
        return path.toAbsolutePath().normalize();
      }
    }
  }
}
