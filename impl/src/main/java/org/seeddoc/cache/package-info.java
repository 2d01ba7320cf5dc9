/**
 * The cache of {@code seeddoc check --cache}. Input: listed seed files, each with its
 * configuration, and the cache file a run before left. Output: each file's outcome, replayed from
 * the cache when its content, its rules' levels and seeddoc's build are unchanged, or checked; and
 * the cache file, written again ({@link org.seeddoc.cache.CheckCache}).
 */
package org.seeddoc.cache;
