package org.seeddoc.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.seeddoc.Finding;
import org.seeddoc.Rule;
import org.seeddoc.Severity;
import org.seeddoc.files.FileStamp;

/**
 * The cache's one file: its entries, under a header that says which build and which project made
 * them, and a CRC-32C of everything before it at the end: it is there to find damage, which it
 * misses once in four billion times, not to resist a forger, who could write any file seeddoc can.
 * A file that is damaged, cut short, made by another build or for another project is read as no
 * entries, never as wrong ones; it is replaced whole, through a temporary file and an atomic move,
 * so that a run reading it while another writes it sees the old file or the new one, never a
 * mixture.
 *
 * <p>Paths are kept in UTF-8, the other strings as UTF-16 code units, so that a message or fix with
 * an unpaired surrogate comes back as it was.
 */
final class CacheFile {
  private static final byte[] MAGIC = "seeddoc cache\n".getBytes(StandardCharsets.US_ASCII);

  /** The layout below; another layout's file is read as empty and replaced. */
  private static final int LAYOUT = 1;

  private static final int CHECKSUM = Long.BYTES;

  /** A file larger than this is no cache seeddoc wrote for any folder it could check. */
  private static final long MAX_SIZE = 1L << 30;

  private static final Severity[] SEVERITIES = Severity.values();

  private CacheFile() {}

  /**
   * What reading a cache file gave.
   *
   * @param entries the entries by file, empty when the file was missing or not to be trusted
   * @param problem why the file was not trusted, for a person, or null when it was, or when it was
   *     simply missing or made by another build
   */
  record Loaded(Map<String, CacheEntry> entries, String problem) {
    static Loaded ignored(String problem) {
      return new Loaded(Map.of(), problem);
    }
  }

  /** Reads the cache file of a build and a project's root. */
  static Loaded read(Path file, String build, String root) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_SIZE) {
        return Loaded.ignored("it is larger than any cache seeddoc writes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Loaded(Map.of(), null);
    } catch (IOException e) {
      return Loaded.ignored("cannot read it: " + e.getMessage());
    }
    if (bytes.length < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return Loaded.ignored("it is not a seeddoc cache");
    }
    if (bytes.length < MAGIC.length + Integer.BYTES + CHECKSUM) {
      return Loaded.ignored("it is cut short");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - CHECKSUM);
    if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - CHECKSUM, CHECKSUM).getLong()) {
      return Loaded.ignored("it is damaged or cut short: its checksum does not match");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - CHECKSUM);
    in.position(MAGIC.length);
    try {
      if (in.getInt() != LAYOUT || !string(in).equals(build)) {
        return new Loaded(Map.of(), null);
      }
      String madeFor = string(in);
      if (!madeFor.equals(root)) {
        return Loaded.ignored("it was made for another project, " + madeFor);
      }
      return new Loaded(entries(in), null);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return Loaded.ignored("it does not read as a cache of this build");
    }
  }

  private static Map<String, CacheEntry> entries(ByteBuffer in) {
    String[] levels = new String[count(in)];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = string(in);
    }
    int count = count(in);
    Map<String, CacheEntry> entries = new HashMap<>(count * 4 / 3 + 1);
    for (int i = 0; i < count; i++) {
      String file = utf8(in);
      FileStamp stamp = new FileStamp(in.getLong(), in.getLong(), in.getInt());
      boolean settled = in.get() != 0;
      byte[] hash = new byte[16];
      in.get(hash);
      int level = in.getInt();
      if (level < 0 || level >= levels.length) {
        throw new IllegalArgumentException("no such levels: " + level);
      }
      long seen = in.getLong();
      List<Finding> findings = new ArrayList<>();
      for (int n = count(in); n > 0; n--) {
        findings.add(finding(in));
      }
      entries.put(file, new CacheEntry(stamp, settled, hash, levels[level], findings, seen));
    }
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("bytes after the last entry");
    }
    return entries;
  }

  /** A finding with an empty source: a replay gives it its file's. */
  private static Finding finding(ByteBuffer in) {
    String id = string(in);
    Rule rule = Rule.forId(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    int severity = in.get();
    if (severity < 0 || severity >= SEVERITIES.length) {
      throw new IllegalArgumentException("no severity " + severity);
    }
    int line = in.getInt();
    int column = in.getInt();
    String field = nullable(in);
    String message = string(in);
    String fix = nullable(in);
    return new Finding(rule, SEVERITIES[severity], "", line, column, field, message, fix);
  }

  /**
   * Writes entries as the cache file, replacing any there whole. They are streamed to a temporary
   * file, never gathered in memory, so that a cache of many files needs no second copy of them.
   */
  static void write(
      Path file, String build, String root, Collection<Map.Entry<String, CacheEntry>> entries)
      throws IOException {
    Map<String, Integer> levels = new LinkedHashMap<>();
    entries.forEach(named -> levels.putIfAbsent(named.getValue().levels(), levels.size()));
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".seeddoc-tmp");
    try {
      CRC32C crc = new CRC32C();
      try (OutputStream written = Files.newOutputStream(temporary)) {
        DataOutputStream out =
            new DataOutputStream(
                new BufferedOutputStream(new CheckedOutputStream(written, crc), 1 << 16));
        out.write(MAGIC);
        out.writeInt(LAYOUT);
        string(out, build);
        string(out, root);
        out.writeInt(levels.size());
        for (String level : levels.keySet()) {
          string(out, level);
        }
        out.writeInt(entries.size());
        for (Map.Entry<String, CacheEntry> named : entries) {
          entry(out, named.getKey(), named.getValue(), levels.get(named.getValue().levels()));
        }
        out.flush();
        // The checksum goes past the stream that computes it.
        new DataOutputStream(written).writeLong(crc.getValue());
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void entry(DataOutputStream out, String file, CacheEntry entry, int levels)
      throws IOException {
    utf8(out, file);
    out.writeLong(entry.stamp().size());
    out.writeLong(entry.stamp().modified());
    out.writeInt(entry.stamp().key());
    out.writeBoolean(entry.settled());
    out.write(entry.contentHash());
    out.writeInt(levels);
    out.writeLong(entry.seen());
    out.writeInt(entry.findings().size());
    for (Finding finding : entry.findings()) {
      string(out, finding.rule().id());
      out.writeByte(finding.severity().ordinal());
      out.writeInt(finding.line());
      out.writeInt(finding.column());
      nullable(out, finding.field());
      string(out, finding.message());
      nullable(out, finding.fix());
    }
  }

  private static int count(ByteBuffer in) {
    int count = in.getInt();
    // Each counted item takes at least one byte: a larger count is damage the checksum missed.
    if (count < 0 || count > in.remaining()) {
      throw new IllegalArgumentException("a count of " + count);
    }
    return count;
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining() / 2) {
      throw new IllegalArgumentException("a string of " + length);
    }
    char[] chars = new char[length];
    in.asCharBuffer().get(chars);
    in.position(in.position() + length * 2);
    return new String(chars);
  }

  /** A path, which the file system's names decode into without unpaired surrogates. */
  private static String utf8(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("a path of " + length);
    }
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  private static void utf8(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String nullable(ByteBuffer in) {
    return in.get() == 0 ? null : string(in);
  }

  private static void string(DataOutputStream out, String text) throws IOException {
    out.writeInt(text.length());
    out.writeChars(text);
  }

  private static void nullable(DataOutputStream out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      string(out, text);
    }
  }
}
