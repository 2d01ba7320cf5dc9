package org.seeddoc.cache;

import java.util.Arrays;
import java.util.List;
import org.seeddoc.Finding;
import org.seeddoc.files.FileStamp;

/**
 * What the cache keeps for one file: the key its findings were made under, and the findings. The
 * hash is never changed once made.
 *
 * @param stamp the file's stamp, taken before its content was read
 * @param settled whether the stamp alone may stand for the content ({@link
 *     FileStamp#isSettledBefore(long)}); otherwise the content is read and hashed again
 * @param contentHash what the content hashed to ({@link CacheKeys#contentHash(byte[])})
 * @param levels what the configuration gave each rule for the file ({@link CacheKeys#levels})
 * @param findings the findings, each with the source it had when it was made
 * @param seen when a run last used or made the entry, in seconds since the epoch
 */
record CacheEntry(
    FileStamp stamp,
    boolean settled,
    byte[] contentHash,
    String levels,
    List<Finding> findings,
    long seen) {
  CacheEntry {
    findings = List.copyOf(findings);
  }

  /** Whether this entry was made for this content under these levels. */
  boolean isFor(byte[] hash, String levelsNow) {
    return Arrays.equals(contentHash, hash) && levels.equals(levelsNow);
  }

  /** The same entry, seen at another time or with another stamp. */
  CacheEntry with(FileStamp stampNow, boolean settledNow, long seenNow) {
    return new CacheEntry(stampNow, settledNow, contentHash, levels, findings, seenNow);
  }
}
