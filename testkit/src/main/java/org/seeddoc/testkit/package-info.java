/**
 * Seed documents for tests: {@link org.seeddoc.testkit.SeedFixtures} holds real seed files, shipped
 * in this jar byte for byte; {@link org.seeddoc.testkit.ValidDocuments}, {@link
 * org.seeddoc.testkit.InvalidDocuments} and {@link org.seeddoc.testkit.Renderings} are
 * QuickTheories generators for property-based tests; {@link org.seeddoc.testkit.SeedCorpus} writes
 * realistic folders.
 */
package org.seeddoc.testkit;
