package org.seeddoc.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seeddoc.Rule;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.SeedFile;

/**
 * The two halves of a cache entry's key besides the file itself: what its content hashes to, and
 * what the configuration makes of each rule for it. The whole configuration is not the key: a
 * change that gives this file's rules the same levels (an include pattern, an override for other
 * files) leaves its findings as they were. Thread-safe.
 */
final class CacheKeys {
  /** The levels of a configuration without overrides, the same for all of its files. */
  private static final Map<SeedConfig, String> UNIFORM = new ConcurrentHashMap<>();

  private CacheKeys() {}

  /**
   * What the file's configuration gives every rule for it, and whether SD215 looks at its name: as
   * text, one character per rule.
   */
  static String levels(SeedFile file) {
    SeedConfig config = file.config();
    String named = file.nameInFolder() == null ? "-" : "+";
    if (config.overrides().isEmpty()) {
      return named + UNIFORM.computeIfAbsent(config, c -> levels(c, null));
    }
    return named + levels(config, config.relativePath(file.source()).orElse(null));
  }

  private static String levels(SeedConfig config, String path) {
    StringBuilder out = new StringBuilder(Rule.values().length);
    for (Rule rule : Rule.values()) {
      out.append(config.level(rule, path, false).name().charAt(0));
    }
    return out.toString();
  }

  /** The first 16 bytes of the content's SHA-256: a change is missed with odds of 2^-128. */
  static byte[] contentHash(byte[] content) {
    return java.util.Arrays.copyOf(sha256().digest(content), 16);
  }

  /** The SHA-256 of a text, for names and checksums. */
  static byte[] hash(String text) {
    return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
