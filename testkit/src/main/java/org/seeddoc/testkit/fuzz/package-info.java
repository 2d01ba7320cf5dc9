/**
 * Fuzzing with seeddoc, for seeddoc's own Jazzer targets and for downstream ones. In: a fuzzer's
 * input ({@link org.seeddoc.testkit.fuzz.FuzzInput}, from Jazzer's {@code consumeLong} or from
 * bytes). Out: seed documents and files of every kind, steered by the input through the testkit's
 * generators, and oracles ({@link org.seeddoc.testkit.fuzz.SeedOracles}, {@link
 * org.seeddoc.testkit.fuzz.LibraryOracles}) that turn a broken promise into an {@link
 * AssertionError}. The dictionary, seed corpus and options that go with them are resources of this
 * package: see {@link org.seeddoc.testkit.fuzz.FuzzAssets}.
 */
package org.seeddoc.testkit.fuzz;
